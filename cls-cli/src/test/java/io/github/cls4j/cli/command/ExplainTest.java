package io.github.cls4j.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.cli.Cli;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.samples.SampleContracts;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code cls validate --explain}: each finding says what its rule read, on which day, under which
 * parameters; every report says which rules were never asked of the contract, and why.
 */
@DisplayName("cls validate --explain: why each finding, and the rules not applied, in three formats")
class ExplainTest {

    @TempDir
    Path dir;

    /** The Arras sample: concluded on 2023-06-30, under the Hauts-de-France profile. */
    private Path arras() {
        Path file = dir.resolve("arras.json");
        ContractJson.write(SampleContracts.read("000-arras-cua.json"), file);
        return file;
    }

    private static JsonNode finding(JsonNode contract, String ruleId) {
        for (JsonNode f : contract.get("findings")) {
            if (f.get("ruleId").asString().equals(ruleId)) {
                return f;
            }
        }
        throw new AssertionError("no " + ruleId);
    }

    @Test
    void the_text_report_writes_under_each_finding_what_its_rule_read_and_lists_each_rule_not_applied() {
        Cli.Result r = Cli.run("validate", "--explain", arras().toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("CLS-LEG-10 +participation +Le contrat ne dit pas[^\\n]*\\n +pourquoi : droit jugé au 30 juin 2023, "
                + "profil hauts-de-france\\n +lu sur le contrat : participation.usagers = null\\n");
        assertThat(r.out()).containsPattern("CLS-STR-13 [^\\n]*\\n( +[^\\n]*\\n)*? +paramètres du profil employés : charte.engagement.attendue = true\\n");
        assertThat(r.out()).contains("  Règles non appliquées à ce contrat (10) :\n",
                "    CLS-CYC-03 : règle pour un contrat en projet, et ce contrat ne l'est pas\n",
                "    CLS-LEG-04 : hors de ses dates (jusqu'au 22 février 2022), le contrat étant jugé au 30 juin 2023\n",
                "    CLS-STR-16 : le profil hauts-de-france ne l'active pas (paramètre coordination.financement.paritaire)\n");
    }

    @Test
    void without_explain_the_text_report_groups_the_rules_not_applied_on_one_line_and_explains_nothing() {
        Cli.Result r = Cli.run("validate", arras().toString());

        assertThat(r.out()).doesNotContain("pourquoi :", "lu sur")
                .contains("  Non appliquées à ce contrat : non activées par le profil : CLS-SIG-05, CLS-STR-09, CLS-STR-15, CLS-STR-16 ; "
                        + "pour un contrat en projet : CLS-CYC-03 ; "
                        + "hors de leurs dates au 30 juin 2023 : CLS-LEG-04, CLS-LEG-14, CLS-LEG-16, CLS-TER-08, CLS-TER-11\n");
    }

    @Test
    void in_english_the_explanation_reads_in_english() {
        Cli.Result r = Cli.run("validate", "--explain", "--lang", "en", arras().toString());

        assertThat(r.out()).contains("why: law judged on 30 June 2023, profile hauts-de-france",
                "read on the contract: participation.usagers = null",
                "Rules not applied to this contract (10):", "CLS-STR-16: profile hauts-de-france does not switch it on");
    }

    @Test
    void the_json_report_gives_each_finding_its_explanation_only_when_asked() {
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode plain = mapper.readTree(Cli.run("validate", "--format", "json", arras().toString()).out()).get(0);
        JsonNode explained = mapper.readTree(Cli.run("validate", "--format", "json", "--explain", arras().toString()).out()).get(0);

        assertThat(finding(plain, "CLS-LEG-10").has("explanation")).isTrue();
        assertThat(finding(plain, "CLS-LEG-10").get("explanation").isNull()).isTrue();
        JsonNode why = finding(explained, "CLS-LEG-10").get("explanation");
        assertThat(why.propertyNames()).containsExactly("legalDate", "asOf", "profile", "parameters", "facts", "variables", "referenceData");
        assertThat(why.get("legalDate").asString()).isEqualTo("2023-06-30");
        assertThat(why.get("asOf").isNull()).isTrue();
        assertThat(why.get("profile").asString()).isEqualTo("hauts-de-france");
        JsonNode contract = why.get("facts").get(0);
        assertThat(contract.get("path").asString()).isEmpty();
        assertThat(contract.get("type").asString()).isEqualTo("ContratLocalSante");
        assertThat(contract.get("values").get(0).get("name").asString()).isEqualTo("participation.usagers");
        assertThat(contract.get("values").get(0).get("value").asString()).isEqualTo("null");
        assertThat(finding(explained, "CLS-STR-13").get("explanation").get("parameters").get("charte.engagement.attendue").asString())
                .isEqualTo("true");
    }

    @Test
    void the_html_report_folds_each_explanation_under_its_finding_and_the_rules_not_applied_at_the_end() {
        String plain = Cli.run("validate", "--format", "html", arras().toString()).out();
        String explained = Cli.run("validate", "--format", "html", "--explain", arras().toString()).out();

        assertThat(plain).doesNotContain("class=\"pourquoi\"");
        assertThat(explained).containsPattern("data-rule=\"CLS-LEG-10\"[^\\n]*<details class=\"pourquoi\"><summary>pourquoi : droit jugé au "
                + "30 juin 2023, profil hauts-de-france</summary><ul><li>lu sur le contrat : participation.usagers = "
                + "null</li></ul></details></li>");
        for (String page : new String[] {plain, explained}) {
            assertThat(page).contains("<details class=\"non-appliquees\"><summary>Règles non appliquées à ce contrat (10)</summary>",
                    "<li class=\"non-appliquee\" data-rule=\"CLS-STR-16\" data-reason=\"NOT_SWITCHED_ON\">CLS-STR-16 : le profil "
                            + "hauts-de-france ne l&#39;active pas (paramètre coordination.financement.paritaire)</li>");
        }
    }
}
