package io.github.cls4j.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.cli.Cli;
import io.github.cls4j.rules.ContractValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("cls rules: the catalogue in text, JSON or Markdown, for all profiles or one")
class RulesCommandTest {

    private static final int BUNDLED = ContractValidator.builder().build().catalog().size();

    @Test
    void lists_the_rule_catalogue_in_french_and_in_english() {
        Cli.Result fr = Cli.run("rules");
        Cli.Result en = Cli.run("rules", "--lang", "en");

        assertThat(fr.exit()).isZero();
        assertThat(fr.out()).containsPattern("CLS-LEG-01 +ERREUR +LAW +L'ARS est signataire du contrat")
                .endsWith(BUNDLED + " règles" + System.lineSeparator());
        assertThat(en.out()).containsPattern("CLS-LEG-01 +ERROR +LAW +The ARS signs the contract").contains(BUNDLED + " rules");
        // The longest id, CLS-STRUCT-POSITIVE-OR-ZERO, keeps the columns aligned.
        Pattern columns = Pattern.compile("^(\\S+) +(\\S+) +(\\S+) +(\\S.*)$");
        List<Matcher> rows = fr.out().lines().filter(l -> l.startsWith("CLS-")).map(columns::matcher).filter(Matcher::matches).toList();
        assertThat(rows).hasSize(BUNDLED);
        for (int group = 2; group <= 4; group++) {
            int column = group;
            assertThat(rows.stream().mapToInt(m -> m.start(column)).distinct().count()).as("column %d", group).isEqualTo(1);
        }
    }

    @Test
    void under_a_profile_lists_the_rules_it_runs_with_its_severities() {
        Cli.Result hdf = Cli.run("rules", "--profile", "hauts-de-france");
        Cli.Result ara = Cli.run("rules", "--profile", "auvergne-rhone-alpes");

        assertThat(hdf.out()).doesNotContain("CLS-STR-15").contains("CLS-STR-19");
        assertThat(Cli.run("rules", "--profile", "provence-alpes-cote-d-azur").out()).contains("CLS-STR-15");
        // A regional rule is listed only under the profiles that switch it on.
        assertThat(Cli.run("rules", "--profile", "national").out()).doesNotContain("CLS-SIG-05").doesNotContain("CLS-STR-19")
                .contains("CLS-LEG-03");
        // Hauts-de-France makes the annual evaluation a warning; no profile raises guidance to an error.
        assertThat(hdf.out()).containsPattern("CLS-CYC-05 +AVERTISSEMENT ");
        assertThat(Cli.run("rules", "--profile", "national").out()).containsPattern("CLS-CYC-05 +INFO ");
        assertThat(ara.out()).containsPattern("CLS-STR-01 +AVERTISSEMENT ").contains("CLS-STR-16");
        assertThat(Cli.run("rules", "--profile", "bretagne").exit()).isEqualTo(2);
    }

    @Test
    void in_json_gives_one_object_per_rule() {
        JsonNode rules = JsonMapper.builder().build().readTree(Cli.run("rules", "--format", "json").out());

        assertThat(rules.size()).isEqualTo(BUNDLED);
        JsonNode leg03 = rules.valueStream().filter(r -> r.get("id").asString().equals("CLS-LEG-03")).findFirst().orElseThrow();
        assertThat(leg03.get("severity").asString()).isEqualTo("ERROR");
        assertThat(leg03.get("since").asString()).isEqualTo("2022-02-23");
        assertThat(leg03.get("family").asString()).isEqualTo("LAW");
        assertThat(leg03.get("reference").get("id").asString()).isEqualTo("LOI-3DS-ART-122");
        assertThat(leg03.get("source").asString()).isEqualTo("loi/sante_mentale.drl");
        assertThat(leg03.get("stage").asString()).isEqualTo("CONCLU");
    }

    @Test
    void in_markdown_is_the_document_of_docs_rules_md() throws Exception {
        Cli.Result md = Cli.run("rules", "--format", "md");

        assertThat(Files.readString(Path.of("..", "docs", "rules.md"))).startsWith(md.out());
        String occitanie = Cli.run("rules", "--format", "md", "--profile", "occitanie").out();
        assertThat(occitanie).contains("### occitanie", "exécutées par le profil `occitanie`", "| Règle | Intitulé | Fichier | Gravité | Source | Stade | Depuis | Jusqu'au |\n")
                .doesNotContain("### hauts-de-france").doesNotContain("CLS-SIG-05").doesNotContain("Profils |");
    }

    @Test
    void lists_the_rules_of_a_folder(@TempDir Path dir) {
        Path rules = Cli.copyBundledRules(dir);
        Cli.edit(rules.resolve("loi/sante_mentale.drl"), "@severity(ERROR)", "@severity(WARNING)");

        List<String> lines = Cli.run("rules", "--rules", rules.toString()).out().lines().toList();

        assertThat(lines).anySatisfy(l -> assertThat(l).matches("CLS-LEG-03 +AVERTISSEMENT .*"));
    }
}
