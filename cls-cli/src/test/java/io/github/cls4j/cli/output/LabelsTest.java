package io.github.cls4j.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.github.cls4j.core.code.Region;
import io.github.cls4j.core.contrat.StatutContrat;
import io.github.cls4j.core.contrat.TypeEvaluation;
import io.github.cls4j.core.contrat.TypeOrganisation;
import io.github.cls4j.core.json.UnreadableReason;
import io.github.cls4j.core.territoire.TypeTerritoire;
import io.github.cls4j.rules.Severity;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The words of the reports: every label once, in French and in English")
class LabelsTest {

    private static final Pattern MODEL = Pattern.compile("io\\.github\\.cls4j\\.core\\.(contrat|code|commun|gouvernance|strategie|territoire)");
    private static final Path FOLDER = Path.of("src/main/resources/io/github/cls4j/cli/output");

    private static List<String> keys(String file) throws IOException {
        return Files.readAllLines(FOLDER.resolve(file), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.substring(0, l.indexOf('='))).toList();
    }

    @Test
    void each_file_defines_each_label_once_and_both_define_the_same() throws IOException {
        List<String> french = keys("labels.properties");
        List<String> english = keys("labels_en.properties");

        assertThat(french).doesNotHaveDuplicates();
        assertThat(english).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(french);
    }

    @Test
    void every_french_label_has_an_english_one_and_each_is_a_message_format_pattern() throws IOException {
        Properties french = properties("labels.properties");
        Properties english = properties("labels_en.properties");

        assertThat(english.stringPropertyNames()).containsAll(french.stringPropertyNames());
        for (String key : french.stringPropertyNames()) {
            // A pattern that does not parse fails only when its message is printed, often on an error path.
            assertThat(new MessageFormat(french.getProperty(key), Locale.FRENCH).toPattern()).as("the French of %s", key).isNotEmpty();
            assertThat(new MessageFormat(english.getProperty(key), Locale.ENGLISH).toPattern()).as("the English of %s", key).isNotEmpty();
        }
    }

    private static Properties properties(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(FOLDER.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void every_reason_why_a_file_cannot_be_read_has_its_words_in_both_languages() {
        for (UnreadableReason reason : UnreadableReason.values()) {
            assertThat(Labels.of(Locale.FRENCH).get("input." + reason.name(), "cua.json", "détail")).startsWith("cua.json: ");
            assertThat(Labels.of(Locale.ENGLISH).get("input." + reason.name(), "cua.json", "detail")).startsWith("cua.json: ");
        }
        assertThat(Labels.of(Locale.FRENCH).get("input.NOT_FOUND", "cua.json")).isEqualTo("cua.json: ce fichier n'existe pas");
        assertThat(Labels.of(Locale.ENGLISH).get("input.NOT_FOUND", "cua.json")).isEqualTo("cua.json: no such file");
    }

    @Test
    void plurals_and_typography_follow_each_language() {
        Labels fr = Labels.of(Locale.FRENCH);
        Labels en = Labels.of(Locale.ENGLISH);

        assertThat(fr.get("rules.count", 1)).isEqualTo("1 règle");
        assertThat(fr.get("rules.count", 76)).isEqualTo("76 règles");
        assertThat(en.get("rules.count", 0)).isEqualTo("0 rules");
        assertThat(fr.field("outline.statut", "signé")).isEqualTo("Statut : signé");
        assertThat(en.field("outline.statut", "signed")).isEqualTo("Status: signed");
        assertThat(fr.get("html.waived")).startsWith("Constats levés");
        assertThat(fr.severity(Severity.WARNING)).isEqualTo("AVERTISSEMENT");
        // Any other language gets the French words.
        assertThat(Labels.of(Locale.GERMAN).severity(Severity.ERROR)).isEqualTo("ERREUR");
    }

    @Test
    void every_code_of_the_model_has_its_words_in_both_languages() {
        // Every enum of the model's packages but the regions, named by cls-core itself.
        List<Class<?>> codes = new ClassFileImporter()
                .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
                .importPackages("io.github.cls4j.core").stream()
                .filter(JavaClass::isEnum).filter(type -> MODEL.matcher(type.getPackageName()).matches()).map(JavaClass::reflect)
                .filter(type -> type != Region.class).toList();

        assertThat(codes).contains(TypeTerritoire.class, TypeOrganisation.class, TypeEvaluation.class, StatutContrat.class);
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            Labels labels = Labels.of(locale);
            for (Class<?> code : codes) {
                for (Object constant : code.getEnumConstants()) {
                    assertThat(labels.code((Enum<?>) constant)).as(code.getSimpleName() + "." + constant + " in " + locale)
                            .isNotBlank().doesNotContain("_");
                }
            }
        }
        assertThat(Labels.of(Locale.FRENCH).code(TypeTerritoire.COMMUNAUTE_URBAINE)).isEqualTo("communauté urbaine");
        assertThat(Labels.of(Locale.ENGLISH).code(TypeOrganisation.PREFECTURE)).isEqualTo("prefecture");
        assertThat(Labels.of(Locale.FRENCH).code(null)).isEqualTo("non renseigné");
    }
}
