package io.github.cls4j.rules.loi;

import static io.github.cls4j.rules.ReportAssertions.located;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.Contrats;
import io.github.cls4j.core.commun.Periode;
import io.github.cls4j.core.contrat.Avenant;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.StatutContrat;
import io.github.cls4j.core.contrat.TypeDispositif;
import io.github.cls4j.core.strategie.Thematique;
import io.github.cls4j.rules.Finding;
import io.github.cls4j.rules.Severity;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.rules.ValidationReport;
import io.github.cls4j.rules.Validators;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Loi 3DS art. 122: contracts concluded from 2022-02-23 have a mental-health component. Each case
 * sits on one side of that date, judged on the day the contract was concluded (an avenant does
 * not conclude it anew); a project is warned, judged on the as-of date.
 */
@DisplayName("Loi 3DS: the mental-health component, from 2022-02-23")
class VoletSanteMentaleTest {

    private static final LocalDate VEILLE = LocalDate.of(2022, 2, 22);
    private static final LocalDate ENTREE_EN_VIGUEUR = LocalDate.of(2022, 2, 23);

    /**
     * A contract without mental-health component in any form (no volet, no axis of that theme, no
     * CLSM) or avenant, signed on {@code signature}, running 5 years.
     */
    private static ContratLocalSante sansVolet(LocalDate signature) {
        ContratLocalSante complet = Contrats.complet();
        return complet.toBuilder()
                .voletSanteMentale(null)
                .axes(complet.axes().stream().filter(a -> !a.thematiques().contains(Thematique.SANTE_MENTALE)).toList())
                .articulations(complet.articulations().stream().filter(a -> a.type() != TypeDispositif.CLSM).toList())
                .avenants(List.of())
                .dateSignature(signature)
                .periode(signature == null ? null : Periode.du(signature, signature.plusYears(5)))
                .build();
    }

    /** The same contract, still in elaboration. */
    private static ContratLocalSante projetSansVolet() {
        return sansVolet(null).toBuilder().statut(StatutContrat.ELABORATION).build();
    }

    private static ValidationReport validate(ContratLocalSante contrat, LocalDate asOf) {
        return Validators.BUNDLED.validate(contrat, ValidationContext.asOf(asOf));
    }

    @Nested
    @DisplayName("CLS-LEG-03 Le contrat comporte un volet consacré à la santé mentale")
    class Obligation {

        @Test
        void the_contract_of_these_cases_has_no_component_in_any_form() {
            assertThat(sansVolet(ENTREE_EN_VIGUEUR).comporteUnVoletSanteMentale()).isFalse();
            assertThat(Contrats.complet().comporteUnVoletSanteMentale()).isTrue();
        }

        @Test
        void a_contract_signed_on_the_day_the_law_applies_without_a_component_is_an_error() {
            ValidationReport report = validate(sansVolet(ENTREE_EN_VIGUEUR), LocalDate.of(2024, 1, 1));

            assertThat(located(report, "CLS-LEG-03")).containsExactly("CLS-LEG-03@voletSanteMentale");
            Finding finding = report.findings("CLS-LEG-03").get(0);
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.validity().since()).isEqualTo(ENTREE_EN_VIGUEUR);
            assertThat(finding.reference().article()).isEqualTo("122");
            assertThat(report.legalDate()).isEqualTo(ENTREE_EN_VIGUEUR);
        }

        @Test
        void a_contract_signed_the_day_before_is_not_bound_by_it_whatever_the_as_of_date() {
            ValidationReport report = validate(sansVolet(VEILLE), LocalDate.of(2024, 1, 1));

            assertThat(report.findings("CLS-LEG-03")).isEmpty();
        }

        @Test
        void a_contract_signed_after_it_with_a_component_passes() {
            ContratLocalSante contrat = Contrats.complet();

            assertThat(validate(contrat, LocalDate.of(2024, 1, 1)).findings("CLS-LEG-03")).isEmpty();
        }

        @Test
        void an_older_contract_amended_from_that_day_is_not_concluded_anew_but_warned_at_its_avenant() {
            ContratLocalSante avenantLeJour = sansVolet(LocalDate.of(2020, 1, 15)).toBuilder()
                    .avenants(new Avenant(1, ENTREE_EN_VIGUEUR, "Prolongation", null, List.of()))
                    .build();
            ContratLocalSante avenantLaVeille = sansVolet(LocalDate.of(2020, 1, 15)).toBuilder()
                    .avenants(new Avenant(1, VEILLE, "Prolongation", null, List.of()))
                    .build();

            ValidationReport leJour = validate(avenantLeJour, LocalDate.of(2024, 1, 1));

            assertThat(leJour.findings("CLS-LEG-03")).isEmpty();
            assertThat(located(leJour, "CLS-LEG-14")).containsExactly("CLS-LEG-14@avenants[0].date");
            assertThat(leJour.findings("CLS-LEG-14").get(0).severity()).isEqualTo(Severity.WARNING);
            assertThat(validate(avenantLaVeille, LocalDate.of(2024, 1, 1)).findings("CLS-LEG-14")).isEmpty();
        }

        @Test
        void a_contract_not_yet_concluded_is_not_bound_but_warned_from_the_day_the_law_applies() {
            ContratLocalSante projet = projetSansVolet();

            assertThat(validate(projet, ENTREE_EN_VIGUEUR).findings("CLS-LEG-03")).isEmpty();
            assertThat(located(validate(projet, ENTREE_EN_VIGUEUR), "CLS-CYC-03")).containsExactly("CLS-CYC-03@voletSanteMentale");
            assertThat(validate(projet, VEILLE).findings("CLS-CYC-03")).isEmpty();
        }

        @Test
        void a_project_checked_for_no_day_is_judged_under_the_law_in_force_now() {
            ValidationReport report = Validators.BUNDLED.validate(projetSansVolet());

            assertThat(report.legalDate()).isNull();
            assertThat(report.findings("CLS-CYC-03")).hasSize(1);
        }

        @Test
        void the_message_is_french_by_default_and_english_on_request() {
            ContratLocalSante contrat = sansVolet(ENTREE_EN_VIGUEUR);

            String french = validate(contrat, null).findings("CLS-LEG-03").get(0).message();
            String english = Validators.BUNDLED.validate(contrat, ValidationContext.defaults().withLocale(Locale.ENGLISH))
                    .findings("CLS-LEG-03").get(0).message();

            assertThat(french).startsWith("Le contrat ne comporte pas de volet consacré à la santé mentale");
            assertThat(english).startsWith("The contract has no component devoted to mental health");
        }
    }

    @Nested
    @DisplayName("CLS-LEG-04 Un contrat antérieur à la loi 3DS, toujours en cours, n'a pas de volet santé mentale")
    class ContratAnterieur {

        @Test
        void a_contract_signed_the_day_before_and_still_running_is_a_warning_naming_the_day_of_the_check() {
            LocalDate asOf = LocalDate.of(2024, 1, 1);

            ValidationReport report = validate(sansVolet(VEILLE), asOf);

            assertThat(located(report, "CLS-LEG-04")).containsExactly("CLS-LEG-04@voletSanteMentale");
            Finding finding = report.findings("CLS-LEG-04").get(0);
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.arguments()).containsExactly("2024-01-01");
            assertThat(finding.message()).contains("toujours en cours le 1er janvier 2024");
            assertThat(finding.validity().until()).isEqualTo(VEILLE);
            // A warning: the old contract is not made invalid by a law it predates.
            assertThat(report.errors()).extracting(Finding::ruleId).doesNotContain("CLS-LEG-03", "CLS-LEG-04");
        }

        @Test
        void a_contract_signed_on_the_day_the_law_applies_falls_under_the_obligation_instead() {
            ValidationReport report = validate(sansVolet(ENTREE_EN_VIGUEUR), LocalDate.of(2024, 1, 1));

            assertThat(report.findings("CLS-LEG-04")).isEmpty();
            assertThat(report.findings("CLS-LEG-03")).hasSize(1);
        }

        @Test
        void nothing_is_due_once_the_contract_has_ended_or_when_no_day_is_given() {
            ContratLocalSante ancien = sansVolet(VEILLE);

            assertThat(validate(ancien, VEILLE.plusYears(5)).findings("CLS-LEG-04")).hasSize(1);
            assertThat(validate(ancien, VEILLE.plusYears(5).plusDays(1)).findings("CLS-LEG-04")).isEmpty();
            assertThat(Validators.BUNDLED.validate(ancien).findings("CLS-LEG-04")).isEmpty();
        }

        @Test
        void an_older_contract_with_a_component_passes() {
            ContratLocalSante contrat = Contrats.complet().toBuilder()
                    .avenants(List.of()).dateSignature(VEILLE).periode(Periode.du(VEILLE, VEILLE.plusYears(5))).build();

            assertThat(validate(contrat, LocalDate.of(2024, 1, 1)).findings("CLS-LEG-04")).isEmpty();
        }
    }
}
