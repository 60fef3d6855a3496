package io.github.cls4j.rules.portfolio;

import static io.github.cls4j.rules.portfolio.PortfolioFixtures.ARRAS;
import static io.github.cls4j.rules.portfolio.PortfolioFixtures.AS_OF;
import static io.github.cls4j.rules.portfolio.PortfolioFixtures.CHARTE;
import static io.github.cls4j.rules.portfolio.PortfolioFixtures.DATA;
import static io.github.cls4j.rules.portfolio.PortfolioFixtures.VAL;
import static io.github.cls4j.rules.portfolio.PortfolioFixtures.contrat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.code.CodeCommune;
import io.github.cls4j.core.code.CodeRegion;
import io.github.cls4j.core.code.Region;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.StatutContrat;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.RuleDescription;
import io.github.cls4j.rules.Severity;
import io.github.cls4j.rules.Subject;
import io.github.cls4j.rules.Validators;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The portfolio of a region: coverage against the profile's target, the checks, and each contract summed up")
class PortfolioTest {

    private static final Portfolio PORTFOLIO = new Portfolio(Validators.BUNDLED);

    private static PortfolioReport report(ContratLocalSante... contrats) {
        return PORTFOLIO.report(Region.HAUTS_DE_FRANCE, List.of(contrats), DATA, AS_OF);
    }

    private static List<String> ids(PortfolioReport report) {
        return report.findings().stream().map(f -> f.ruleId() + "@" + f.subject()).toList();
    }

    @Test
    void the_target_is_the_one_of_the_region_s_profile() {
        assertThat(report(ARRAS).coverage().priorityTarget()).isEqualByComparingTo("0.75");
        assertThat(PORTFOLIO.report(Region.OCCITANIE, List.of(), DATA, AS_OF).coverage().priorityTarget()).isNull();
    }

    @Test
    void with_the_charte_the_target_is_met_and_only_the_uncovered_territories_are_reported() {
        PortfolioReport report = report(ARRAS, VAL, CHARTE);

        assertThat(ids(report)).containsExactly("CLS-POR-04@QP059903", "CLS-POR-05@T3");
        assertThat(report.findings().get(0).message()).isEqualTo("Le QPV QP059903 (QPV QP059903) n'est couvert par aucun contrat.");
        assertThat(report.findings().get(0).reference().id()).isEqualTo("FTS-CLS-QPV");
    }

    @Test
    void without_the_charte_the_target_is_missed_with_the_figures() {
        PortfolioReport report = report(ARRAS, VAL);

        assertThat(report.findings()).first().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("CLS-POR-02");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("Les contrats couvrent 26.5 % de la population des territoires prioritaires"
                    + " (territoires PRAPS et QPV), sous la cible de 75.0 % de la région.");
        });
        assertThat(ids(report)).contains("CLS-POR-05@T2", "CLS-POR-05@T3", "CLS-POR-04@QP059901");
    }

    @Test
    void a_commune_in_two_contracts_is_reported_once_with_both() {
        ContratLocalSante chevauchant = contrat("D", StatutContrat.SIGNE, LocalDate.of(2024, 6, 1), null, List.of(), "80903");

        PortfolioReport report = report(ARRAS, VAL, CHARTE, chevauchant);

        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("CLS-POR-03")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).isEqualTo("La commune Commune 80903 (80903) est dans le territoire de plusieurs contrats en vigueur : B, D.");
        });
    }

    @Test
    void contracts_of_another_region_are_left_out_and_named() {
        ContratLocalSante ailleurs = ARRAS.toBuilder().id("OCC").region(CodeRegion.of(Region.OCCITANIE)).build();

        PortfolioReport report = report(ARRAS, ailleurs);

        assertThat(report.contracts()).extracting(ContractSummary::id).containsExactly("A");
        assertThat(report.otherRegions()).containsExactly("OCC");
    }

    @Test
    void each_contract_is_summed_up() {
        PortfolioReport report = report(ARRAS, CHARTE);

        ContractSummary arras = report.contracts().get(0);
        assertThat(arras.stade()).isEqualTo(Stade.SIGNE);
        assertThat(arras.voletSanteMentale()).isTrue();
        assertThat(arras.clsm()).isTrue();
        assertThat(arras.coordination()).isTrue();
        assertThat(arras.partArs()).isEqualByComparingTo(new BigDecimal("50"));
        assertThat(arras.evaluationsDue()).isEqualTo(1);
        assertThat(arras.finalEvaluationDue()).isFalse();
        assertThat(arras.indicators()).isNotEmpty();
        assertThat(arras.counts()).containsKeys(Severity.values());
        assertThat(report.contracts().get(1).stade()).isEqualTo(Stade.CHARTE);
        assertThat(report.contracts().get(1).evaluationsDue()).isZero();
    }

    @Test
    void in_english_the_messages_are_english() {
        PortfolioReport report = PORTFOLIO.report(Region.HAUTS_DE_FRANCE, List.of(ARRAS, VAL), DATA, AS_OF, Locale.ENGLISH);

        assertThat(report.findings().get(0).message()).startsWith("The contracts cover 26.5 % of the population of the priority territories");
    }

    @Test
    void every_check_is_a_rule_of_the_catalogue_with_its_metadata_and_texts_in_french_and_english() {
        List<String> checks = List.of("CLS-POR-02", "CLS-POR-03", "CLS-POR-04", "CLS-POR-05", "CLS-POR-06");
        for (String id : checks) {
            RuleDescription french = Validators.BUNDLED.catalog().rule(id).orElseThrow();
            RuleDescription english = Validators.BUNDLED.catalog(Locale.ENGLISH).rule(id).orElseThrow();
            assertThat(french.source()).as(id).isEqualTo("portefeuille/regles.json");
            assertThat(french.title()).as(id).isNotBlank().isNotEqualTo(english.title());
            assertThat(french.reference().title()).as(id).isNotBlank();
        }
        assertThat(Validators.BUNDLED.catalog().rule("CLS-POR-04").orElseThrow().defaultSeverity()).isEqualTo(Severity.WARNING);
        assertThat(Validators.BUNDLED.catalog().rule("CLS-POR-05").orElseThrow().profiles()).containsExactly("hauts-de-france");
    }

    @Test
    void a_profile_re_levels_a_check_as_it_re_levels_any_rule(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("profiles.json");
        Files.writeString(file, """
                [{"name": "hauts-de-france", "title": "ARS Hauts-de-France, revu par l'hôte", "region": "32",
                  "parameters": {"couverture.prioritaire.cible": "75"},
                  "severities": {"CLS-POR-04": "INFO"}}]
                """);
        Portfolio portfolio = new Portfolio(ContractValidator.builder().profiles(file).build());

        PortfolioReport report = portfolio.report(Region.HAUTS_DE_FRANCE, List.of(ARRAS, VAL), DATA, AS_OF);

        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("CLS-POR-04")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(report(ARRAS, VAL).findings()).filteredOn(f -> f.ruleId().equals("CLS-POR-04")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void the_checks_of_a_regional_guidance_run_only_under_the_profile_of_their_region() {
        // Occitanie sets no coverage target: CLS-POR-02 and CLS-POR-05, from the guidance of the ARS
        // Hauts-de-France, do not run there, whatever the data say of its PRAPS territories.
        TerritorialData occitanie = TerritorialData.of(List.of(PortfolioFixtures.commune("31555", 100L)), List.of(),
                List.of(new TerritoirePraps("T-OCC", CodeRegion.of(Region.OCCITANIE), "Territoire T-OCC", List.of(CodeCommune.of("31555")),
                        "test")));

        PortfolioReport report = PORTFOLIO.report(Region.OCCITANIE, List.of(), occitanie, AS_OF);

        assertThat(report.findings()).extracting(f -> f.ruleId()).doesNotContain("CLS-POR-02", "CLS-POR-05");
        assertThat(PORTFOLIO.report(Region.HAUTS_DE_FRANCE, List.of(), DATA, AS_OF).findings()).extracting(f -> f.ruleId())
                .contains("CLS-POR-05");
    }

    @Test
    void a_contract_given_twice_is_counted_once_and_said() {
        ContratLocalSante copie = ARRAS.toBuilder().build();

        PortfolioReport twice = report(ARRAS, VAL, copie);
        PortfolioReport once = report(ARRAS, VAL);

        assertThat(twice.contracts()).extracting(ContractSummary::id).containsExactly("A", "B");
        assertThat(twice.coverage()).isEqualTo(once.coverage());
        assertThat(twice.findings()).filteredOn(f -> f.ruleId().equals("CLS-POR-06")).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo(Subject.ofContract("A"));
            assertThat(f.message()).isEqualTo("Le contrat A est donné 2 fois (un fichier deux fois, ou un même identifiant dans deux"
                    + " fichiers) : il n'est compté qu'une fois.");
        });
        assertThat(twice.findings()).filteredOn(f -> f.ruleId().equals("CLS-POR-03")).isEmpty();
    }

    @Test
    void a_portfolio_finding_is_about_a_territory() {
        assertThat(report(ARRAS, VAL).findings()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.subject()).isInstanceOf(Subject.Territory.class);
            assertThat(f.path().isRoot()).isTrue();
        });
        assertThat(report(ARRAS, VAL).findings()).filteredOn(f -> f.ruleId().equals("CLS-POR-04"))
                .extracting(f -> ((Subject.Territory) f.subject()).kind()).containsOnly(Subject.Territory.Kind.QPV);
    }
}
