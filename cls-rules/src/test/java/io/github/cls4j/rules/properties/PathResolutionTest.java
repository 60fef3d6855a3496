package io.github.cls4j.rules.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.path.ElementPath;
import io.github.cls4j.rules.Finding;
import io.github.cls4j.rules.ValidationReport;
import io.github.cls4j.rules.Validators;
import io.github.cls4j.rules.exemples.Exemples;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The conforming example has two axes, a steering committee but no technical one, two coordination shares, two communes. */
@DisplayName("A finding's path resolves to an element of the contract, a property of one, or for Bean Validation a value below")
class PathResolutionTest {

    private static final ContratLocalSante CONTRAT = Exemples.conforme();
    private static final PathResolution RESOLUTION = PathResolution.in(CONTRAT);

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "axes[1]", "axes[0].objectifs[0].fichesAction[0].indicateurs[1]", "gouvernance.comitePilotage",
            "axes[0].objectifsPrs", "gouvernance.comitePilotage.coPresidents", "periode", "gouvernance.comiteTechnique",
            "territoire.qpv[0].code"})
    void a_rule_may_report_the_contract_an_element_or_a_property_of_an_element_even_a_missing_one(String path) {
        assertThat(RESOLUTION.ruleProblem(ElementPath.parse(path))).isEmpty();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"axes[99]", "axes[2].intitule", "axes[0].inconnu", "inconnu", "gouvernance.comiteTechnique.membres",
            "gouvernance.coordination.financements[0]", "gouvernance.coordination.financements[0].pourcentage",
            "periode.debut", "axes[0].intitule.longueur", "territoire.communes[0]"})
    void a_rule_may_not_report_beyond_a_property_of_an_element_nor_outside_the_contract(String path) {
        assertThat(RESOLUTION.ruleProblem(ElementPath.parse(path))).isPresent();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"id", "territoire.communes[1]", "gouvernance.coordination.financements[1].pourcentage",
            "gouvernance.comiteTechnique", "axes[1].objectifs[0].fichesAction[0].perimetre.communes[0]", "periode.debut",
            "signataires[0].representant.nom"})
    void bean_validation_may_point_at_any_value_of_the_contract_even_a_missing_one(String path) {
        assertThat(RESOLUTION.structuralProblem(ElementPath.parse(path))).isEmpty();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "axes[99]", "axes[99].intitule", "axes[0].inconnu", "gouvernance.comiteTechnique.membres",
            "territoire.communes[46]", "id.value", "signataires[2].representant.nom", "territoire[0]"})
    void bean_validation_may_not_point_outside_the_contract_nor_through_a_missing_value_nor_at_the_root(String path) {
        assertThat(RESOLUTION.structuralProblem(ElementPath.parse(path))).isPresent();
    }

    @Test
    void a_real_finding_moved_to_a_path_that_does_not_resolve_is_told_apart_from_the_real_one() {
        ContratLocalSante sansVolet = Exemples.builder().voletSanteMentale(null).build();
        ValidationReport report = Validators.BUNDLED.validate(sansVolet, io.github.cls4j.rules.ValidationContext.asOf(Exemples.CONTROLE));
        Finding real = report.findings("CLS-LEG-03").get(0);
        PathResolution resolution = PathResolution.in(sansVolet);

        assertThat(real.path()).hasToString("voletSanteMentale");
        assertThat(resolution.problem(real)).isEmpty();
        assertThat(resolution.problem(at(real, "axes[99]"))).hasValueSatisfying(p -> assertThat(p).contains("axes[99]"));
        assertThat(resolution.problem(at(real, "voletSanteMentale.description"))).isPresent();
        assertThat(resolution.problem(at(real, "voletSanteMental"))).hasValueSatisfying(p -> assertThat(p).contains("not a property"));
    }

    @Test
    void a_real_structural_finding_resolves_and_the_same_one_past_the_end_of_its_list_does_not() {
        ContratLocalSante sansCode = ContratLocalSante.builder().build();
        Finding real = Validators.BUNDLED.validate(sansCode).findings("CLS-STRUCT-NOT-BLANK").get(0);
        PathResolution resolution = PathResolution.in(sansCode);

        assertThat(resolution.problem(real)).isEmpty();
        assertThat(resolution.problem(at(real, "signataires[0].nom"))).hasValueSatisfying(p -> assertThat(p).contains("outside a list of 0"));
    }

    private static Finding at(Finding f, String path) {
        return new Finding(f.ruleId(), f.severity(), ElementPath.parse(path), f.message(), f.messageKey(), f.arguments(), f.reference(),
                f.validity());
    }
}
