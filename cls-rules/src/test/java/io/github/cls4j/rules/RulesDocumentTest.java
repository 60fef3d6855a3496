package io.github.cls4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules.md} is the catalogue of the bundled rules. Run with
 * {@code -Dcls4j.docs.update=true} to regenerate it after a change of the rules.
 */
@DisplayName("docs/rules.md is the generated catalogue of the bundled rules, up to date")
class RulesDocumentTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "rules.md");
    /** What the document says of itself, after the catalogue that {@code cls rules --format md} prints too. */
    private static final String GENERATED_NOTE = "\n---\n\nDocument généré à partir des règles embarquées "
            + "(`mvn -pl cls-rules test -Dcls4j.docs.update=true` le régénère) ; un test échoue s'il n'est pas à jour. "
            + "Les règles candidates non retenues sont dans [rules-not-implemented.md](rules-not-implemented.md).\n";

    @Test
    void the_rule_catalogue_document_is_up_to_date() throws IOException {
        String generated = CatalogMarkdown.of(Validators.BUNDLED.catalog(), Validators.BUNDLED.profiles()) + GENERATED_NOTE;
        if (Boolean.getBoolean("cls4j.docs.update")) {
            Files.createDirectories(DOCUMENT.getParent());
            Files.writeString(DOCUMENT, generated, StandardCharsets.UTF_8);
        }
        assertThat(DOCUMENT).as("docs/rules.md; regenerate with mvn -pl cls-rules test -Dcls4j.docs.update=true").exists();
        assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
                .as("docs/rules.md is out of date; regenerate with mvn -pl cls-rules test -Dcls4j.docs.update=true")
                .isEqualTo(generated);
    }

    @Test
    void every_candidate_rule_left_out_is_listed_with_its_reason() throws IOException {
        String leftOut = Files.readString(Path.of("..", "docs", "rules-not-implemented.md"), StandardCharsets.UTF_8);
        for (String candidate : new String[] {"STR-10", "SIG-02", "ACT-07", "ACT-08", "POR-01", "POR-02"}) {
            assertThat(leftOut).as(candidate).containsPattern("\\| " + candidate + " \\|[^|]+\\|\\s*\\S");
        }
    }
}
