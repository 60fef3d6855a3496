package io.github.cls4j.rules;

import static io.github.cls4j.rules.ReportAssertions.located;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.Contrats;
import io.github.cls4j.core.code.CodeCommune;
import io.github.cls4j.core.code.CodeRegion;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.StatutContrat;
import io.github.cls4j.core.strategie.FicheAction;
import io.github.cls4j.core.strategie.PerimetreAction;
import io.github.cls4j.core.territoire.Territoire;
import io.github.cls4j.core.territoire.TypeTerritoire;
import io.github.cls4j.rules.exemples.Exemples;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Bean Validation runs first; the rules still judge an incomplete contract")
class StructuralFindingsTest {

    @Test
    void an_empty_contract_gets_structure_findings_at_each_path_and_the_rules_still_report() {
        // Concluded, so that the rules of the law judge it, and nothing else.
        ValidationReport report = Validators.BUNDLED.validate(ContratLocalSante.builder().statut(StatutContrat.SIGNE).build());

        assertThat(located(report)).contains(
                "CLS-STRUCT-NOT-BLANK@id", "CLS-STRUCT-NOT-BLANK@intitule",
                "CLS-STRUCT-NOT-NULL@region", "CLS-STRUCT-NOT-NULL@territoire",
                "CLS-LEG-01@signataires", "CLS-LEG-02@signataires");
        assertThat(report.contractId()).isNull();
        assertThat(report.isValid()).isFalse();
    }

    @Test
    void a_commune_code_without_value_built_in_java_is_a_structural_finding_and_no_rule_fails_on_it() {
        // A fiche that targets a commune of no code, a territory that lists a malformed one: the geography is never asked for them.
        FicheAction modele = Exemples.fiche("FA-9", new PerimetreAction(false, List.of(CodeCommune.of(null)), List.of()));
        ContratLocalSante contrat = Exemples.builder()
                .axes(Exemples.axe("A9", "HDF-SRS23-3", modele))
                .territoire(new Territoire(Exemples.CUA, TypeTerritoire.COMMUNAUTE_URBAINE, Exemples.territoire().siren(),
                        Stream.concat(Exemples.COMMUNES_CUA.stream(), Stream.of(CodeCommune.of("6204"))).toList(), null, List.of(), null, null, null))
                .build();

        ValidationReport report = Validators.BUNDLED.validate(contrat, ValidationContext.asOf(Exemples.CONTROLE));

        assertThat(report.failures()).isEmpty();
        assertThat(report.findings()).anySatisfy(f -> assertThat(f.message()).isEqualTo("La fiche action FA-9 vise la commune null, qui n'est pas dans le territoire du contrat."))
                .anySatisfy(f -> assertThat(f.ruleId()).startsWith("CLS-STRUCT-"));
    }

    @Test
    void a_malformed_code_is_reported_with_the_message_of_the_model_in_the_requested_language() {
        ContratLocalSante contrat = Contrats.complet().toBuilder().region(CodeRegion.of("99")).build();

        Finding french = Validators.BUNDLED.validate(contrat).findings("CLS-STRUCT-WELL-FORMED").get(0);
        Finding english = Validators.BUNDLED.validate(contrat, ValidationContext.defaults().withLocale(Locale.ENGLISH))
                .findings("CLS-STRUCT-WELL-FORMED").get(0);

        assertThat(french.path()).hasToString("region");
        assertThat(french.severity()).isEqualTo(Severity.ERROR);
        assertThat(french.messageKey()).isEqualTo("io.github.cls4j.core.code.WellFormed.CodeRegion");
        assertThat(french.message()).startsWith("code région inconnu");
        assertThat(english.message()).startsWith("unknown region code");
    }

    @Test
    void a_complete_contract_has_no_finding_and_the_report_is_ordered_by_severity_then_path_then_rule() {
        assertThat(Validators.BUNDLED.validate(Exemples.conforme(), ValidationContext.asOf(Exemples.CONTROLE)).findings()).isEmpty();

        ValidationReport report = Validators.BUNDLED.validate(ContratLocalSante.builder().build());
        assertThat(report.findings()).isSortedAccordingTo(Finding.REPORT_ORDER);
        assertThat(report.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(report.findings().size());
    }
}
