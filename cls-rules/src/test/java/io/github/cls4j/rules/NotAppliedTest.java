package io.github.cls4j.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cls4j.core.commun.Periode;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.Signataire;
import io.github.cls4j.rules.exemples.Exemples;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A report tells the rules that were never asked of a contract, and why, from "this rule passed". */
@DisplayName("A report lists the rules not applied to the contract, and why")
class NotAppliedTest {

    private static final LocalDate LOI_3DS = LocalDate.of(2022, 2, 23);

    /** The conforming contract, concluded on {@code day} by all its signatories (null: no day at all). */
    private static ContratLocalSante signedOn(LocalDate day) {
        ContratLocalSante c = Exemples.conforme();
        List<Signataire> signataires = c.signataires().stream().map(s -> new Signataire(s.nom(), s.type(), s.siren(), s.representant(),
                day, null, s.engagements())).toList();
        return c.toBuilder().dateSignature(day).signataires(signataires.toArray(Signataire[]::new))
                .periode(day == null ? null : Periode.du(day.plusDays(7), day.plusYears(5))).build();
    }

    private static Optional<NotApplied> leg03(ContratLocalSante contrat, String profile) {
        ValidationReport report = Validators.BUNDLED.validate(contrat, ValidationContext.asOf(Exemples.CONTROLE).withProfile(profile));
        return report.notApplied().stream().filter(n -> n.ruleId().equals("CLS-LEG-03")).findFirst();
    }

    @Test
    void a_rule_of_the_3ds_law_is_not_applied_to_a_contract_concluded_the_day_before_and_is_the_day_itself() {
        Optional<NotApplied> before = leg03(signedOn(LOI_3DS.minusDays(1)), "national");
        Optional<NotApplied> onTheDay = leg03(signedOn(LOI_3DS), "national");

        assertThat(before).hasValueSatisfying(n -> {
            assertThat(n.reason()).isEqualTo(NotApplied.Reason.OUTSIDE_ITS_DATES);
            assertThat(n.validity().since()).isEqualTo(LOI_3DS);
            assertThat(n.legalDate()).isEqualTo(LOI_3DS.minusDays(1));
            assertThat(n.parameter()).isNull();
        });
        assertThat(onTheDay).isEmpty();
    }

    @Test
    void a_dated_rule_is_not_applied_to_a_concluded_contract_whose_day_is_not_known() {
        ContratLocalSante sansDate = signedOn(null);
        assertThat(sansDate.estConclu()).isTrue();

        assertThat(leg03(sansDate, "national")).hasValueSatisfying(n -> {
            assertThat(n.reason()).isEqualTo(NotApplied.Reason.NO_LEGAL_DATE);
            assertThat(n.legalDate()).isNull();
        });
    }

    @Test
    void a_rule_the_profile_does_not_switch_on_is_listed_with_its_parameter_and_not_under_the_profile_that_does() {
        ValidationContext national = ValidationContext.asOf(Exemples.CONTROLE).withProfile("national");
        ValidationContext ara = national.withProfile("auvergne-rhone-alpes");

        assertThat(Validators.BUNDLED.validate(Exemples.conforme(), national).notApplied())
                .filteredOn(n -> n.ruleId().equals("CLS-STR-16"))
                .extracting(NotApplied::reason, NotApplied::parameter)
                .containsExactly(tuple(NotApplied.Reason.NOT_SWITCHED_ON, "coordination.financement.paritaire"));
        assertThat(Validators.BUNDLED.validate(Exemples.conforme(), ara).notApplied()).extracting(NotApplied::ruleId).doesNotContain("CLS-STR-16");
    }

    @Test
    void the_list_is_in_the_order_of_the_ids_and_holds_no_rule_that_fired() {
        ValidationReport report = Validators.BUNDLED.validate(signedOn(LOI_3DS.minusDays(1)).toBuilder().voletSanteMentale(null).build(),
                ValidationContext.asOf(Exemples.CONTROLE).withProfile("national"));

        List<String> ids = report.notApplied().stream().map(NotApplied::ruleId).toList();
        assertThat(ids).isSorted().doesNotHaveDuplicates();
        assertThat(ids).doesNotContainAnyElementsOf(report.findings().stream().map(Finding::ruleId).toList());
        assertThat(report.findings("CLS-LEG-03")).isEmpty();
    }
}
