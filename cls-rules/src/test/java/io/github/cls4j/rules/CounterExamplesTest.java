package io.github.cls4j.rules;

import static io.github.cls4j.rules.ReportAssertions.located;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.gouvernance.Coordination;
import io.github.cls4j.core.gouvernance.Gouvernance;
import io.github.cls4j.core.gouvernance.PartFinancement;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.core.strategie.AxeStrategique;
import io.github.cls4j.core.strategie.FicheAction;
import io.github.cls4j.core.strategie.Objectif;
import io.github.cls4j.rules.exemples.Exemples;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The counter-examples the property tests of {@code io.github.cls4j.rules.properties} found,
 * shrunk, kept as they were found: each made {@code validate} throw instead of reporting, or
 * report otherwise than for its JSON copy.
 */
@DisplayName("Counter-examples found by the property tests are reported, not thrown")
class CounterExamplesTest {

    /**
     * Shrunk from a catalogue example with a QPV appended as {@code {}}: CLS-TER-02 fired for the
     * QPV without a code and its consequence read {@code $code.value()}.
     */
    @Test
    void a_qpv_without_its_code_is_no_structural_error_and_no_rule_throws_on_it() {
        ValidationReport report = validate("""
                {"schemaVersion": "1.0", "statut": "EN_COURS", "territoire": {"qpv": [{"nom": "Quartier ouest"}]}}""");

        // A QPV may be known by its name only (issue 17): its code is no longer required.
        assertThat(report.isComplete()).isTrue();
        assertThat(located(report)).doesNotContain("CLS-STRUCT-NOT-NULL@territoire.qpv[0].code");
        // The rule cannot say which action should target a QPV it cannot name.
        assertThat(located(report, "CLS-TER-02")).isEmpty();
    }

    /**
     * Shrunk from a generated batch: with an action whose perimeter lists no QPV, CLS-TER-02
     * evaluated {@code perimetre.qpv contains $code} with a {@code null} code on an empty list,
     * which threw.
     */
    @Test
    void a_qpv_without_its_code_beside_an_action_whose_perimeter_lists_no_qpv_does_not_make_the_rules_throw() {
        ValidationReport report = validate("""
                {"schemaVersion": "1.0", "statut": "EN_COURS", "territoire": {"qpv": [{}]},
                 "axes": [{"objectifs": [{"fichesAction": [{"perimetre": {"toutLeTerritoire": false}}]}]}]}""");

        assertThat(report.isComplete()).isTrue();
        assertThat(located(report)).doesNotContain("CLS-STRUCT-NOT-NULL@territoire.qpv[0].code");
        assertThat(located(report, "CLS-TER-02")).isEmpty();
    }

    /**
     * Shrunk from a random contract: the ARS signs without a name and the steering committee has
     * no co-president, so CLS-STR-14 evaluated {@code nom memberOf $presidents} with a {@code null}
     * name on an empty list, which threw.
     */
    @Test
    void an_unnamed_ars_and_a_steering_committee_without_co_presidents_get_the_finding_on_the_co_presidents() {
        ValidationReport report = validate("""
                {"schemaVersion": "1.0", "statut": "RENOUVELE", "signataires": [{"type": "ARS"}],
                 "gouvernance": {"comitePilotage": {}}}""");

        assertThat(located(report)).contains("CLS-STRUCT-NOT-BLANK@signataires[0].nom",
                "CLS-STR-14@gouvernance.comitePilotage.coPresidents");
    }

    /** A Java host may put one instance in two places; Drools sees one fact, the report both places. */
    @Test
    void an_action_in_two_objectives_is_reported_at_both_places_as_its_json_copy_is() {
        FicheAction sansIndicateur = Exemples.builder().build().axes().get(0).objectifs().get(0).fichesAction().get(0);
        sansIndicateur = new FicheAction(sansIndicateur.code(), sansIndicateur.intitule(), sansIndicateur.description(), sansIndicateur.porteur(),
                sansIndicateur.partenaires(), sansIndicateur.publicsCibles(), sansIndicateur.perimetre(), sansIndicateur.calendrier(),
                sansIndicateur.financements(), sansIndicateur.champs(), sansIndicateur.thematiques(), sansIndicateur.objectifsPrs(), sansIndicateur.statut(), List.of());
        AxeStrategique axe = Exemples.axe("A1", "HDF-COS-3", sansIndicateur);
        Objectif premier = axe.objectifs().get(0);
        Objectif second = new Objectif("A1.2", "Objectif A1.2", List.of(), List.of(), List.of(sansIndicateur));
        ContratLocalSante partage = Exemples.builder().axes(new AxeStrategique(axe.code(), axe.intitule(), axe.thematiques(), axe.champs(),
                axe.objectifsPrs(), List.of(premier, second))).build();
        ValidationContext context = ValidationContext.asOf(Exemples.CONTROLE);

        ValidationReport shared = Validators.BUNDLED.validate(partage, context);
        ValidationReport copied = Validators.BUNDLED.validate(ContractJson.parse(ContractJson.toJson(partage)), context);

        assertThat(located(shared)).contains("CLS-ACT-02@axes[0].objectifs[0].fichesAction[0].indicateurs",
                "CLS-ACT-02@axes[0].objectifs[1].fichesAction[0].indicateurs");
        assertThat(shared.findings()).isEqualTo(copied.findings());
    }

    private static ValidationReport validate(String json) {
        ContratLocalSante contrat = ContractJson.parse(json);
        return Validators.BUNDLED.validate(contrat);
    }

    /**
     * A case only Java can build (the JSON format bounds its numbers): a share of the coordination
     * beyond the model's limits is not added up, and CLS-STR-16 does not judge the parity on it.
     */
    @Test
    void a_share_beyond_the_limits_of_the_model_is_not_added_up() {
        Gouvernance gouvernance = Exemples.conforme().gouvernance();
        Coordination coordination = gouvernance.coordination();
        ContratLocalSante contrat = Exemples.builder().gouvernance(new Gouvernance(gouvernance.comitePilotage(), gouvernance.comiteTechnique(),
                new Coordination(coordination.coordinateur(), coordination.etp(), coordination.employeur(), List.of(
                        new PartFinancement(Exemples.ARS, new BigDecimal("60"), null),
                        new PartFinancement(Exemples.CUA, new BigDecimal("1E+999999999"), null))))).build();

        ValidationReport report = Validators.BUNDLED.validate(contrat, ValidationContext.asOf(Exemples.CONTROLE).withProfile("auvergne-rhone-alpes"));

        assertThat(report.isComplete()).isTrue();
        assertThat(located(report, "CLS-STR-16")).isEmpty();
    }
}
