package io.github.cls4j.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.rules.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The words of the reports: every label once, in French and in English")
class LabelsTest {

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
}
