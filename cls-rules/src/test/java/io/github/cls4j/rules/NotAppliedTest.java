package io.github.cls4j.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cls4j.core.commun.Periode;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.Signataire;
import io.github.cls4j.core.contrat.StatutContrat;
import io.github.cls4j.rules.exemples.Exemples;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void a_rule_for_a_concluded_contract_is_not_asked_of_a_project_and_is_of_the_same_contract_once_signed() {
        ContratLocalSante signe = Exemples.conforme().toBuilder().signataires(Exemples.cua()).build();
        ContratLocalSante enElaboration = signe.toBuilder().statut(StatutContrat.ELABORATION).build();
        ValidationContext context = ValidationContext.asOf(Exemples.CONTROLE);

        ValidationReport project = Validators.BUNDLED.validate(enElaboration, context);
        ValidationReport concluded = Validators.BUNDLED.validate(signe, context);

        assertThat(project.findings("CLS-LEG-01")).isEmpty();
        assertThat(project.notApplied()).filteredOn(n -> n.ruleId().equals("CLS-LEG-01"))
                .extracting(NotApplied::reason, NotApplied::stage)
                .containsExactly(tuple(NotApplied.Reason.NOT_AT_ITS_STAGE, Stage.CONCLU));
        assertThat(concluded.findings("CLS-LEG-01")).isNotEmpty();
        assertThat(concluded.notApplied()).extracting(NotApplied::ruleId).doesNotContain("CLS-LEG-01");
    }

    @Test
    void a_rule_for_projects_is_not_asked_of_a_concluded_contract() {
        ContratLocalSante charte = Exemples.conforme().toBuilder().statut(StatutContrat.ENGAGEMENT).voletSanteMentale(null).build();

        assertThat(Validators.BUNDLED.validate(charte, ValidationContext.asOf(Exemples.CONTROLE)).findings("CLS-CYC-03")).isNotEmpty();
        assertThat(Validators.BUNDLED.validate(charte.toBuilder().statut(StatutContrat.SIGNE).build(), ValidationContext.asOf(Exemples.CONTROLE))
                .notApplied()).filteredOn(n -> n.ruleId().equals("CLS-CYC-03"))
                .extracting(NotApplied::reason, NotApplied::stage).containsExactly(tuple(NotApplied.Reason.NOT_AT_ITS_STAGE, Stage.PROJET));
    }

    @Test
    void a_stage_that_is_not_one_is_refused_where_the_rule_is_written(@TempDir Path folder) {
        new RuleFolder(folder).rules("regles.drl", """
                package regles.locales;
                import io.github.cls4j.core.contrat.ContratLocalSante;
                global io.github.cls4j.rules.facts.Findings findings;

                rule "LOC-08 Un contrat signé"
                    @id(LOC-08) @severity(INFO) @family(GOOD_PRACTICE) @reference(CSP-L1434-10-IV) @stage(SIGNE)
                when
                    $contrat : ContratLocalSante()
                then
                    findings.report($contrat);
                end
                """, "LOC-08.message=Un contrat.\n", "LOC-08.title=A contract\nLOC-08.message=A contract.\n");

        RuleCompilationException refused = catchThrowableOfType(RuleCompilationException.class,
                () -> ContractValidator.builder().additionalRules(folder).build());

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("regles.drl");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).isEqualTo("@stage(SIGNE) is not one of [CONCLU, PROJET]");
            assertThat(p.frenchMessage()).isEqualTo("@stage(SIGNE) n'est pas l'une des valeurs [CONCLU, PROJET]");
        });
    }
}
