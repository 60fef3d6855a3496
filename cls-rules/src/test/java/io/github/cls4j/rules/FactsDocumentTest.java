package io.github.cls4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.rules.internal.rule.FactsReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/facts.md} is the reference page of what a rule sees, written from the model. Run
 * with {@code -Dcls4j.docs.update=true} to regenerate it after a change of the model or profiles.
 */
@DisplayName("docs/facts.md is the generated page of what a rule sees, up to date")
class FactsDocumentTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "facts.md");

    @Test
    void the_facts_page_is_up_to_date() throws IOException {
        Map<String, Map<String, String>> parameters = new TreeMap<>();
        Validators.BUNDLED.profiles().forEach((name, policy) -> parameters.put(name, policy.parameters()));
        String generated = FactsReference.markdown(parameters) + "\n---\n\nPage générée à partir du modèle "
                + "(`mvn -pl cls-rules test -Dcls4j.docs.update=true` la régénère) ; un test échoue si elle n'est pas à jour.\n";
        if (Boolean.getBoolean("cls4j.docs.update")) {
            Files.writeString(DOCUMENT, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
                .as("docs/facts.md is out of date; regenerate with mvn -pl cls-rules test -Dcls4j.docs.update=true")
                .isEqualTo(generated);
    }

    @Test
    void the_page_names_the_properties_a_rule_reads_and_the_facts_cls_rules_adds() throws IOException {
        String page = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        assertThat(page).contains("## ContratLocalSante", "| `signataires` | `List<Signataire>` |", "| `estConclu()` | `boolean` |",
                "## AxeStrategique", "| `objectifs` | `List<Objectif>` |", "## Parametre", "## DateDuControle",
                "| `hauts-de-france` | `couverture.prioritaire.cible` | `75` |");
    }
}
