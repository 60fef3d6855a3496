package io.github.cls4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.path.ElementPath;
import io.github.cls4j.rules.exemples.BundledCases;
import io.github.cls4j.rules.exemples.Exemples;
import io.github.cls4j.rules.testing.RuleTestCase;
import io.github.cls4j.rules.testing.RuleTests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.assertj.core.groups.Tuple;

/**
 * A finding carries, when the host asks, why its rule made it: what the rule read of the contract,
 * the values it bound, the parameters and reference data it used, the day it was judged on. Each
 * contract here is the conforming one changed as a case file says, so that the change reads as in
 * the rules' own cases.
 */
@DisplayName("A finding explains itself when asked, and costs nothing when not")
class ExplanationTest {

    private static final String CASES = """
            contrat: conforme.json
            date du contrôle: 2026-11-23

            cas: sans l'ARS
              retirer: signataires[0]
              attendu: CLS-LEG-01 signataires

            cas: l'ARS finance 60 % et la collectivité 40 %
              profil: auvergne-rhone-alpes
              gouvernance.coordination.financements[0].pourcentage = 60
              gouvernance.coordination.financements[1].pourcentage = 40
              gouvernance.coordination.coordinateur = null
              attendu: CLS-STR-16 gouvernance.coordination.financements

            cas: le contrat court après son PRS
              profil: national
              periode.fin = "2029-01-01"
              attendu: CLS-STR-04 periode

            cas: signé en 2018, avant la plus ancienne édition de la géographie
              periode.debut = "2019-01-01"
              periode.fin = "2023-12-31"
              dateCharte = "2017-12-31"
              dateSignature = "2018-12-31"
              signataires[0].dateSignature = "2018-12-31"
              signataires[1].dateSignature = "2018-12-30"
              signataires[1].deliberation.date = "2018-12-10"
              signataires[2].dateSignature = "2018-12-31"
              diagnostic.date = "2018-06-30"
              attendu: CLS-GEO-01 territoire.communes

            cas: une seule évaluation annuelle pour deux années écoulées
              retirer: evaluations[1]
              attendu: CLS-CYC-05 evaluations

            cas: ni signataire ni partenaire de l'assurance maladie
              partenaires[0].type = "ETABLISSEMENT_DE_SANTE"
              attendu: CLS-SIG-04 partenaires

            cas: un signataire sans nom
              signataires[1].nom = " "
              attendu: CLS-STRUCT-NOT-BLANK signataires[1].nom
            """;

    private static Map<String, RuleTestCase> cases;

    @BeforeAll
    static void cases(@TempDir Path folder) throws IOException {
        Files.copy(BundledCases.FOLDER.resolve("cas/conforme.json"), folder.resolve("conforme.json"));
        Files.writeString(folder.resolve("explications.cas.txt"), CASES);
        RuleTests read = RuleTests.read(folder);
        assertThat(read.problems()).isEmpty();
        // Each case makes the finding it is here to explain.
        assertThat(read.run(Validators.BUNDLED).failed()).isEmpty();
        cases = read.cases().stream().collect(Collectors.toMap(RuleTestCase::name, Function.identity()));
    }

    private static ValidationReport explained(String name) {
        RuleTestCase c = cases.get(name);
        return Validators.BUNDLED.validate(c.contrat(), c.context().withExplanations());
    }

    private static Explanation why(String name, String ruleId) {
        List<Finding> found = explained(name).findings(ruleId);
        assertThat(found).as("%s in case « %s »", ruleId, name).isNotEmpty();
        return found.get(0).explanation();
    }

    private static Map<String, String> values(Explanation.Fact fact) {
        return fact.values().stream().collect(Collectors.toMap(Explanation.Value::name, Explanation.Value::value));
    }

    private static Explanation.Fact fact(Explanation why, String path) {
        return why.facts().stream().filter(f -> f.path().equals(ElementPath.parse(path))).findFirst()
                .orElseThrow(() -> new AssertionError("no fact at " + path + " in " + why.facts()));
    }

    @Test
    void a_rule_that_finds_no_ars_shows_the_signatories_it_looked_through_and_their_type() {
        Explanation why = why("sans l'ARS", "CLS-LEG-01");

        assertThat(values(fact(why, ""))).containsExactly(Map.entry("signataires", "[signataires[0], signataires[1]]"));
        assertThat(values(fact(why, "signataires[0]"))).containsEntry("type", "EPCI");
        assertThat(values(fact(why, "signataires[1]"))).containsEntry("type", "PREFECTURE");
        assertThat(fact(why, "signataires[0]").type()).isEqualTo("Signataire");
    }

    @Test
    void a_rule_that_asks_the_contract_shows_the_lists_its_question_looked_through() {
        // CLS-SIG-04 asks associeLAssuranceMaladie(), which looks through signataires and partenaires (@LooksThrough).
        Explanation why = why("ni signataire ni partenaire de l'assurance maladie", "CLS-SIG-04");

        assertThat(values(fact(why, ""))).containsOnlyKeys("associeLAssuranceMaladie()", "signataires", "partenaires")
                .containsEntry("associeLAssuranceMaladie()", "false");
        assertThat(values(fact(why, "signataires[2]"))).containsExactly(Map.entry("type", "PREFECTURE"));
        assertThat(values(fact(why, "partenaires[0]"))).containsExactly(Map.entry("type", "ETABLISSEMENT_DE_SANTE"));
        assertThat(fact(why, "partenaires[0]").type()).isEqualTo("Partenaire");
    }

    @Test
    void the_day_and_profile_are_the_reports_and_the_as_of_day_is_given_only_to_a_rule_that_read_it() {
        ValidationReport report = explained("une seule évaluation annuelle pour deux années écoulées");
        Explanation cyc05 = report.findings("CLS-CYC-05").get(0).explanation();

        assertThat(cyc05.legalDate()).isEqualTo(report.legalDate()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(cyc05.profile()).isEqualTo(report.profile()).isEqualTo("hauts-de-france");
        assertThat(cyc05.asOf()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(why("sans l'ARS", "CLS-LEG-01").asOf()).isNull();
    }

    @Test
    void a_rule_switched_on_by_the_profile_shows_the_parameter_and_the_sums_it_bound() {
        Explanation why = why("l'ARS finance 60 % et la collectivité 40 %", "CLS-STR-16");

        assertThat(why.parameters()).containsEntry("coordination.financement.paritaire", "true");
        assertThat(why.variables()).extracting(Explanation.Value::name, Explanation.Value::value)
                .contains(Tuple.tuple("$partArs", "60"), Tuple.tuple("$partCollectivites", "40"));
    }

    @Test
    void a_rule_that_compares_with_the_prs_names_the_prs_version_and_where_the_data_come_from() {
        Explanation why = why("le contrat court après son PRS", "CLS-STR-04");

        assertThat(why.referenceData()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Explanation.DataKind.PRS);
            assertThat(d.id()).isEqualTo("HDF-PRS-2018-2028");
            assertThat(d.edition()).endsWith("/2028-12-31");
            assertThat(d.source()).startsWith("cls-rules ");
        });
        assertThat(values(fact(why, ""))).containsEntry("periodeEffective().fin", "2029-01-01");
    }

    @Test
    void a_rule_of_the_geography_names_the_edition_it_judged_on_and_its_source() {
        Explanation why = why("signé en 2018, avant la plus ancienne édition de la géographie", "CLS-GEO-01");

        assertThat(why.referenceData()).contains(new Explanation.Data(Explanation.DataKind.GEOGRAPHIE, null, "2019",
                why.referenceData().get(0).source()));
        assertThat(why.referenceData().get(0).source()).startsWith("@etalab/decoupage-administratif@");
        assertThat(why.legalDate()).isEqualTo(LocalDate.of(2018, 12, 31));
    }

    @Test
    void a_broken_constraint_of_the_model_shows_the_value_on_the_element_that_holds_it() {
        Explanation why = why("un signataire sans nom", "CLS-STRUCT-NOT-BLANK");

        assertThat(fact(why, "signataires[1]").type()).isEqualTo("Signataire");
        assertThat(values(fact(why, "signataires[1]"))).containsExactly(Map.entry("nom", "\" \""));
    }

    @Test
    void without_being_asked_no_finding_carries_an_explanation_and_when_asked_the_findings_are_the_same() {
        for (RuleTestCase c : BundledCases.CASES.cases()) {
            ValidationReport plain = Validators.BUNDLED.validate(c.contrat(), c.context());
            ValidationReport explained = Validators.BUNDLED.validate(c.contrat(), c.context().withExplanations());

            assertThat(plain.findings()).as(c.name()).allSatisfy(f -> assertThat(f.explanation()).isNull());
            assertThat(explained.findings().stream().map(f -> f.withExplanation(null)).toList()).as(c.name()).isEqualTo(plain.findings());
            assertThat(explained.notApplied()).as(c.name()).isEqualTo(plain.notApplied());
            assertThat(explained.findings()).as(c.name()).allSatisfy(f -> {
                assertThat(f.explanation()).as(f.toString()).isNotNull();
                assertThat(f.explanation().legalDate()).isEqualTo(plain.legalDate());
                assertThat(f.explanation().profile()).isEqualTo(plain.profile());
            });
        }
    }

    @Test
    void a_rule_from_a_folder_written_without_package_is_explained_too(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("regles.drl"), """
                import io.github.cls4j.core.strategie.AxeStrategique;
                global io.github.cls4j.rules.facts.Findings findings;

                rule "LOC-09 Un axe compte au moins quatre objectifs"
                    @id(LOC-09) @severity(INFO) @family(GOOD_PRACTICE) @reference(LOC-EXEMPLE)
                when
                    $axe : AxeStrategique(objectifs.size() < 4, code != null)
                then
                    findings.reportAt($axe, "objectifs");
                end
                """);
        Files.writeString(folder.resolve("references.json"), """
                {"LOC-EXEMPLE": {"title": "Exemple", "kind": "PRACTICE", "words": "« quatre objectifs »", "confidence": "LOW"}}
                """);
        Files.writeString(folder.resolve("messages.properties"), "LOC-09.message=L'axe a moins de quatre objectifs.\n");
        Files.writeString(folder.resolve("messages_en.properties"), "LOC-09.title=An axis has four objectives\nLOC-09.message=The axis has fewer than four objectives.\n");
        ContractValidator validator = ContractValidator.builder().additionalRules(folder).build();

        Finding finding = validator.validate(Exemples.conforme(), ValidationContext.defaults().withExplanations())
                .findings("LOC-09").get(0);

        assertThat(values(fact(finding.explanation(), "axes[0]"))).containsOnlyKeys("objectifs", "code");
    }
}
