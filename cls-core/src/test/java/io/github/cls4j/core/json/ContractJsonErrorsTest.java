package io.github.cls4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cls4j.core.Contrats;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A contract file that cannot be used names the file, line, column, JSON path and what was expected")
class ContractJsonErrorsTest {

    /** The complete contract as written, one property per line, so that each edit has a known line. */
    private static final String VALID = ContractJson.toJson(Contrats.complet());

    private static JsonProblem problemOf(String json) {
        ContractFormatException e = catchThrowableOfType(ContractFormatException.class,
                () -> ContractJson.parse(json, "cua.json"));
        assertThat(e).as("an error is expected").isNotNull();
        assertThat(e.source()).isEqualTo("cua.json");
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    /** Line and column (both from 1) of the first occurrence of {@code text} in the valid document. */
    private static int[] position(String text) {
        int offset = VALID.indexOf(text);
        assertThat(offset).as("'%s' in the fixture", text).isNotNegative();
        String before = VALID.substring(0, offset);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = offset - before.lastIndexOf('\n');
        return new int[] {line, column};
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # "located at": the text the column points to; for a duplicate, just after the repeated name.
        # kind                 | replaced                          | by                                  | located at                 | path                       | problem                         | expected
        unknown property       | "intitule" : "Faciliter           | "intitulé" : "Faciliter             | "intitulé"                 | $.axes[0].intitulé         | unknown property 'intitulé'     | [champs, code, intitule, objectifs, objectifsPrs, thematiques]
        unknown root property  | "generation" : 2                  | "generation" : 2, "version" : 3     | "version"                  | $.version                  | unknown property 'version'      | one of the properties [articulations
        malformed date         | "dateSignature" : "2023-06-15"    | "dateSignature" : "2023-13-15"      | "2023-13-15"               | $.dateSignature            | invalid value '2023-13-15'      | a date written YYYY-MM-DD
        impossible date        | "dateCharte" : "2021-03-01"       | "dateCharte" : "2021-02-30"         | "2021-02-30"               | $.dateCharte               | invalid value '2021-02-30'      | a date written YYYY-MM-DD
        empty date             | "dateCharte" : "2021-03-01"       | "dateCharte" : ""                   | ""                         | $.dateCharte               | invalid value ''                | a date written YYYY-MM-DD
        text for a number      | "generation" : 2                  | "generation" : "2"                  | "2"                        | $.generation               | found a text                    | a whole number
        decimal for an integer | "generation" : 2                  | "generation" : 2.5                  | 2.5                        | $.generation               | invalid value '2.5'             | a whole number
        number for a text      | "prs" : "HDF-PRS-2018-2028"       | "prs" : 12                          | 12                         | $.prs                      | invalid value '12'              | a text
        number for a code      | "siren" : "200033579"             | "siren" : 200033579                 | 200033579                  | $.territoire.siren         | found a whole number            | a text (Siren)
        text for a boolean     | "zoneRurale" : false              | "zoneRurale" : "non"                | "non"                      | $.territoire.zoneRurale    | found a text                    | true or false
        unknown enum value     | "statut" : "EN_COURS"             | "statut" : "EN COURS"               | "EN COURS"                 | $.statut                   | invalid value 'EN COURS'        | one of [ENGAGEMENT, PREFIGURATION, DIAGNOSTIC, ELABORATION, SIGNE, EN_COURS, EVALUE, ECHU, RENOUVELE]
        array for a number     | "population" : 108000             | "population" : [ 108000 ]           | [                          | $.territoire.population    | found an array                  | a whole number
        object for an array    | "qpv" : [ {                       | "qpv" : {"a": {                     | {"a"                       | $.territoire.qpv           | found an object                 | an array
        null inside a list     | "thematiques" : [ "ACCES_AUX_SOINS" ] | "thematiques" : [ null ]       | null                       | $.axes[0].thematiques[0]   | null is not allowed here        | one of [ACCES_AUX_SOINS
        duplicated property    | "prs" : "HDF-PRS-2018-2028"       | "prs" : "A", "prs" : "B"            | ' : "B"'                   | $.prs                      | property 'prs' appears twice    | each property once per object
        missing comma          | "code" : "1.1",                   | "code" : "1.1"                      | "intitule" : "Favoriser    | $.axes[0].objectifs[0]     | unexpected character '"'        | a comma between the properties
        unsupported version    | "schemaVersion" : "1.0"           | "schemaVersion" : "2.0"             | "2.0"                      | $.schemaVersion            | unsupported format version 2.0  | "1.0"
        missing colon          | "generation" : 2                  | "generation" 2                      | 2                          | $.generation               | unexpected character '2'        | a colon between a property name and its value
        word outside quotes    | "generation" : 2                  | "generation" : deux                 | deux                       | $.generation               | unexpected word 'deux'          | a JSON value
        comment                | "generation" : 2,                 | "generation" : 2, // renouvellement | //                         | $.generation               | unexpected character '/'        | JSON without comments
        wrong closing bracket  | "communes" : [ "62041", "62065" ] | "communes" : [ "62041", "62065" }   | }                          | $.territoire.communes      | unexpected character '}'        | ']' to close what is open
        """)
    void each_kind_of_error_gives_its_location_path_and_expectation(
            String kind, String replaced, String by, String locatedAt, String path, String problem, String expected) {
        assertThat(VALID).contains(replaced);
        int[] where = position(replaced);
        String json = VALID.replace(replaced, by);
        int column = where[1] + by.indexOf(locatedAt);

        JsonProblem p = problemOf(json);

        assertThat(p.jsonPath()).isEqualTo(path);
        assertThat(p.problem().toString()).startsWith(problem);
        assertThat(p.expected().toString()).contains(expected);
        assertThat(p.line()).as("line").isEqualTo(where[0] + (locatedAt.startsWith("\"intitule\"") ? 1 : 0));
        if (!locatedAt.startsWith("\"intitule\"")) {
            assertThat(p.column()).as("column").isEqualTo(column);
        }
    }

    @Test
    void the_message_reads_file_line_column_path_problem_and_expectation() {
        String json = VALID.replace("\"statut\" : \"EN_COURS\"", "\"statut\" : \"ACTIF\"");

        assertThatThrownBy(() -> ContractJson.parse(json, "cua.json"))
                .isInstanceOf(ContractFormatException.class)
                .hasMessage("cua.json:6:14: $.statut: invalid value 'ACTIF'; expected one of [ENGAGEMENT, PREFIGURATION, DIAGNOSTIC,"
                        + " ELABORATION, SIGNE, EN_COURS, EVALUE, ECHU, RENOUVELE]");
    }

    @Test
    void a_document_without_version_is_refused_at_its_start() {
        JsonProblem p = problemOf(VALID.replace("\"schemaVersion\" : \"1.0\",", ""));

        assertThat(p).hasToString("1:1: $: missing property 'schemaVersion'; expected"
                + " \"schemaVersion\": \"1.0\" at the top of the document");
    }

    @Test
    void a_document_that_is_not_one_contract_object_is_refused() {
        assertThat(problemOf("[]").problem().toString()).isEqualTo("the document is not a JSON object");
        assertThat(problemOf("").problem().toString()).isEqualTo("the document is empty");
        JsonProblem trailing = problemOf(VALID + "{}");
        assertThat(trailing.problem().toString()).isEqualTo("content after the end of the contract");
        assertThat(trailing.line()).isEqualTo(VALID.split("\n").length + 1);
    }

    @Test
    void a_truncated_document_says_so_without_jacksons_internal_source_notes() {
        JsonProblem truncated = problemOf("{\n  \"schemaVersion\" : \"1.0\",\n  \"id\" : \"X\"");

        assertThat(truncated.problem().toString()).isEqualTo("the document stops before its end (a truncated file?)");
        assertThat(truncated.describe(Locale.FRENCH)).contains("le document s’arrête avant sa fin")
                .doesNotContain("REDACTED").doesNotContain("start marker");
        assertThat(truncated.line()).isEqualTo(3);
    }

    @Test
    void a_document_cut_inside_an_object_says_it_stops_before_its_end() {
        JsonProblem cut = problemOf(VALID.substring(0, VALID.indexOf("\"representant\"")));

        assertThat(cut.problem().toString()).isEqualTo("the document stops before its end (a truncated file?)");
        assertThat(cut.expected().in(Locale.FRENCH)).isEqualTo("la suite du document, jusqu’à l’accolade qui ferme le contrat");
        assertThat(cut.jsonPath()).isEqualTo("$.signataires[0]");
    }

    @Test
    void a_closing_brace_too_many_is_named_with_its_position() {
        JsonProblem extra = problemOf(VALID + "}");

        assertThat(extra.problem().in(Locale.FRENCH)).isEqualTo("« } » ne ferme aucun objet ni tableau ouvert");
        assertThat(extra.expected().toString()).isEqualTo("as many closing braces and brackets as opening ones");
        assertThat(extra.line()).isEqualTo(VALID.split("\n").length + 1);
        assertThat(extra.column()).isEqualTo(1);
    }

    @Test
    void a_comma_before_the_end_of_an_object_asks_for_a_property_name() {
        JsonProblem trailing = problemOf(VALID.replace("\"zoneRurale\" : false\n", "\"zoneRurale\" : false,\n"));

        assertThat(trailing.problem().toString()).isEqualTo("unexpected character '}'");
        assertThat(trailing.expected().toString()).isEqualTo("a property name in double quotes");
        assertThat(trailing.jsonPath()).isEqualTo("$.territoire");
        assertThat(trailing.line()).isEqualTo(position("\"zoneRurale\"")[0] + 1);
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_at_its_first_foreign_byte(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.json");
        Files.write(file, VALID.getBytes(StandardCharsets.ISO_8859_1));
        int first = VALID.chars().filter(c -> c > 127).findFirst().orElseThrow();
        String before = VALID.substring(0, VALID.indexOf(first));
        int line = before.split("\n", -1).length;
        int column = before.length() - before.lastIndexOf('\n');

        assertThatThrownBy(() -> ContractJson.read(file))
                .isInstanceOf(ContractFormatException.class)
                .hasMessageContaining("latin1.json:" + line + ":" + column + ": $: the file is not UTF-8 text: invalid byte 0x"
                        + String.format("%02X", first))
                .satisfies(e -> assertThat(((ContractFormatException) e).message(Locale.FRENCH))
                        .contains("le fichier n’est pas en UTF-8").contains("attendu : un fichier JSON enregistré en UTF-8"));
    }

    @Test
    void a_file_in_utf16_is_refused_as_such_rather_than_as_latin1(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("powershell.json");
        // Little-endian with its byte-order mark, as Notepad's "Unicode" and PowerShell 5 write it.
        Files.writeString(file, "\uFEFF" + VALID, StandardCharsets.UTF_16LE);
        byte[] bigEndian = ("\uFEFF" + VALID).getBytes(StandardCharsets.UTF_16BE);

        ContractFormatException little = catchThrowableOfType(ContractFormatException.class, () -> ContractJson.read(file));
        ContractFormatException big = catchThrowableOfType(ContractFormatException.class,
                () -> ContractJson.read(new ByteArrayInputStream(bigEndian), "be.json"));

        assertThat(little.message(Locale.FRENCH)).isEqualTo(file + ":1:1: $ : le fichier est en UTF-16 : il commence par"
                + " l’indicateur d’ordre des octets 0xFFFE ; attendu : un fichier JSON enregistré en UTF-8");
        assertThat(big.problems().get(0).problem().toString())
                .isEqualTo("the file is UTF-16 text: it starts with the byte-order mark 0xFEFF");
    }

    @Test
    void the_message_is_in_french_for_the_users_of_the_command_line() {
        String json = VALID.replace("\"statut\" : \"EN_COURS\"", "\"statut\" : \"ACTIF\"");

        assertThatThrownBy(() -> ContractJson.parse(json, "cua.json"))
                .isInstanceOfSatisfying(ContractFormatException.class, e -> assertThat(e.message(Locale.FRENCH))
                        .isEqualTo("cua.json:6:14: $.statut : valeur invalide « ACTIF » ; attendu : l’une des valeurs"
                                + " [ENGAGEMENT, PREFIGURATION, DIAGNOSTIC, ELABORATION, SIGNE, EN_COURS, EVALUE, ECHU, RENOUVELE]"));
    }

    @Test
    void a_missing_file_is_an_io_error_naming_the_file(@TempDir Path dir) {
        Path file = dir.resolve("absent.json");

        assertThatThrownBy(() -> ContractJson.read(file))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("Cannot read contract file " + file + ": there is no such file")
                .hasCauseInstanceOf(NoSuchFileException.class)
                .isInstanceOfSatisfying(ContractUnreadableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(UnreadableReason.NOT_FOUND);
                    assertThat(e.source()).isEqualTo(file.toString());
                });
    }

    @Test
    void a_folder_given_as_a_contract_file_is_an_io_error_in_words(@TempDir Path dir) {
        assertThatThrownBy(() -> ContractJson.read(dir))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("Cannot read contract file " + dir + ": ")
                .isInstanceOfSatisfying(ContractUnreadableException.class, e -> assertThat(e.reason()).isEqualTo(UnreadableReason.NOT_A_FILE))
                .message().doesNotContain("Exception");
    }

    @Test
    void why_an_input_cannot_be_read_is_told_by_the_type_of_its_failure() {
        // Permissions cannot refuse a file to root, who runs CI: the reason is read off the exception.
        assertThat(UnreadableReason.of(new AccessDeniedException("cua.json"))).isEqualTo(UnreadableReason.ACCESS_DENIED);
        assertThat(UnreadableReason.of(new NoSuchFileException("cua.json"))).isEqualTo(UnreadableReason.NOT_FOUND);
        assertThat(UnreadableReason.of(new IOException("Input/output error"))).isEqualTo(UnreadableReason.OTHER);
    }

    @Test
    void a_stream_that_breaks_is_an_io_error_naming_its_source() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        assertThatThrownBy(() -> ContractJson.read(broken, "https://example.org/cua.json"))
                .hasMessage("Cannot read contract https://example.org/cua.json: it cannot be read (IOException: connection reset)")
                .isInstanceOfSatisfying(ContractUnreadableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(UnreadableReason.OTHER);
                    assertThat(e.source()).isEqualTo("https://example.org/cua.json");
                });
    }

    @Test
    void the_problems_are_given_as_plain_texts_in_the_language_asked_for_a_host_to_return() {
        ContractFormatException e = catchThrowableOfType(ContractFormatException.class,
                () -> ContractJson.parse(VALID.replace("\n  \"signataires\"", "\n  \"signatairs\""), "requête"));
        int[] where = position("\n  \"signataires\"");

        assertThat(e.problems(Locale.FRENCH)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(where[0] + 1);
            assertThat(p.column()).isEqualTo(3);
            assertThat(p.jsonPath()).isEqualTo("$.signatairs");
            assertThat(p.problem()).isEqualTo("propriété inconnue « signatairs »");
            assertThat(p.expected()).startsWith("l’une des propriétés");
        });
        assertThat(e.problems(Locale.ENGLISH).get(0).problem()).isEqualTo("unknown property 'signatairs'");
    }
}
