package io.github.cls4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cls4j.core.Contrats;
import io.github.cls4j.core.contrat.ContratLocalSante;
import java.io.ByteArrayInputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Reading stops at explicit limits that a host can change")
class ReadLimitsTest {

    private static final ContratLocalSante CONTRAT = Contrats.complet();
    private static final String VALID = ContractJson.toJson(CONTRAT);

    private static JsonProblem refused(ThrowingCallable reading) {
        ContractFormatException e = catchThrowableOfType(ContractFormatException.class, reading);
        assertThat(e).as("a format error is expected").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @Test
    void a_document_nested_ten_thousand_levels_deep_is_refused_at_the_depth_limit() {
        // Before the version, so that the reader walks all of it: a typed property would fail first on its type.
        String deep = "{\"profond\":" + "[".repeat(10_000) + "]".repeat(10_000) + ",\"schemaVersion\":\"1.0\"}";

        JsonProblem p = refused(() -> ContractJson.parse(deep, "deep.json"));

        assertThat(p.problem()).isEqualTo(LocalizedText.of("problem.tooDeep", 64));
        assertThat(p.expected().in(Locale.FRENCH)).isEqualTo("au plus 64 niveaux d’imbrication (ReadLimits.maxDepth)");
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.column()).isGreaterThan(64);
    }

    @Test
    void a_very_long_text_is_refused_unless_the_host_allows_it() {
        String longText = VALID.replace("\"intitule\" : \"" + CONTRAT.intitule() + "\"",
                "\"intitule\" : \"" + "x".repeat(200_000) + "\"");

        JsonProblem p = refused(() -> ContractJson.parse(longText, "long.json"));

        assertThat(p.problem().toString()).isEqualTo("a text is longer than 100000 characters");
        // At the text itself, which the binding reports without a location: "intitule" is on line 4.
        assertThat(p.jsonPath()).isEqualTo("$.intitule");
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.column()).isEqualTo("  \"intitule\" : ".length() + 1);
        assertThat(ContractJson.reader(ReadLimits.defaults().withMaxStringLength(300_000)).parse(longText, "long.json")
                .intitule()).hasSize(200_000);
    }

    @Test
    void a_number_of_sixty_digits_is_refused() {
        String big = VALID.replaceFirst("\"population\" : \\d+", "\"population\" : " + "9".repeat(60));

        JsonProblem p = refused(() -> ContractJson.parse(big, "big.json"));

        assertThat(p.problem().toString()).isEqualTo("a number is longer than 40 characters");
        // At the property, not at the start of the territory that holds it.
        assertThat(p.jsonPath()).isEqualTo("$.territoire.population");
        assertThat(p.line()).isEqualTo(lineOf(big, "\"population\" : 999"));
    }

    @Test
    void a_number_beyond_its_type_is_refused_with_the_range_expected() {
        String outOfRange = VALID.replaceFirst("\"population\" : \\d+", "\"population\" : 99999999999");

        JsonProblem p = refused(() -> ContractJson.parse(outOfRange, "range.json"));

        assertThat(p.problem().toString()).isEqualTo("number out of range: 99999999999");
        assertThat(p.expected().toString()).isEqualTo("a number between -2147483648 and 2147483647");
        assertThat(p.jsonPath()).isEqualTo("$.territoire.population");
    }

    @Test
    void a_document_beyond_the_size_limit_is_refused_by_every_way_of_reading(@TempDir Path dir) throws Exception {
        ContractReader small = ContractJson.reader(ReadLimits.defaults().withMaxBytes(1_000));
        Path file = dir.resolve("contrat.json");
        ContractJson.write(CONTRAT, file);
        byte[] bytes = VALID.getBytes(StandardCharsets.UTF_8);

        for (ThrowingCallable reading : new ThrowingCallable[] {
            () -> small.parse(VALID, "text"), () -> small.read(file), () -> small.read(new ByteArrayInputStream(bytes), "stream")}) {
            JsonProblem p = refused(reading);
            assertThat(p.problem().toString()).isEqualTo("the document is larger than 1000 bytes");
            assertThat(p.jsonPath()).isEqualTo("$");
        }
        assertThat(ContractJson.read(file)).isEqualTo(CONTRAT);
    }

    @Test
    void a_file_of_fifty_megabytes_is_refused_without_being_read(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("enorme.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(50L * 1024 * 1024);
        }

        ContractFormatException e = catchThrowableOfType(ContractFormatException.class, () -> ContractJson.read(file));

        assertThat(e.message(Locale.FRENCH)).isEqualTo(file + ":0:0: $ : le document fait plus de 16777216 octets ;"
                + " attendu : un document d’au plus 16777216 octets (ReadLimits.maxBytes)");
    }

    @Test
    void a_document_with_too_many_tokens_is_refused() {
        JsonProblem p = refused(() -> ContractJson.reader(ReadLimits.defaults().withMaxTokens(50)).parse(VALID, "x.json"));

        assertThat(p.problem().toString()).isEqualTo("the document has more than 50 JSON tokens");
    }

    /** The line, from 1, of the first occurrence of {@code text} in {@code json}. */
    private static int lineOf(String json, String text) {
        assertThat(json).contains(text);
        return (int) json.substring(0, json.indexOf(text)).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void a_limit_must_be_positive() {
        assertThatThrownBy(() -> ReadLimits.defaults().withMaxDepth(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
    }

    @Test
    void every_text_exists_in_french_and_in_english() throws Exception {
        Properties french = new Properties();
        Properties english = new Properties();
        try (var fr = ReadLimitsTest.class.getResourceAsStream("problems.properties");
                var en = ReadLimitsTest.class.getResourceAsStream("problems_en.properties")) {
            french.load(new java.io.InputStreamReader(fr, StandardCharsets.UTF_8));
            english.load(new java.io.InputStreamReader(en, StandardCharsets.UTF_8));
        }

        assertThat(english.stringPropertyNames()).isEqualTo(french.stringPropertyNames());
    }
}
