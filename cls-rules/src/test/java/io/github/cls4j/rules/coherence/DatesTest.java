package io.github.cls4j.rules.coherence;

import static io.github.cls4j.rules.ReportAssertions.located;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.Contrats;
import io.github.cls4j.core.commun.Periode;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.strategie.AxeStrategique;
import io.github.cls4j.core.strategie.FicheAction;
import io.github.cls4j.core.strategie.Objectif;
import io.github.cls4j.rules.ValidationReport;
import io.github.cls4j.rules.Validators;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Coherence of dates")
class DatesTest {

    private static final LocalDate DEBUT = LocalDate.of(2024, 1, 1);

    private static ValidationReport validate(ContratLocalSante contrat) {
        return Validators.BUNDLED.validate(contrat);
    }

    @Nested
    @DisplayName("CLS-COH-01 La période du contrat se termine après son début")
    class PeriodeDuContrat {

        private ContratLocalSante periode(LocalDate debut, LocalDate fin) {
            return Contrats.complet().toBuilder().periode(new Periode(debut, fin)).build();
        }

        @Test
        void a_period_ending_after_it_starts_passes() {
            assertThat(validate(periode(DEBUT, DEBUT.plusDays(1))).findings("CLS-COH-01")).isEmpty();
        }

        @Test
        void a_period_ending_on_the_day_it_starts_or_before_is_an_error_at_the_period() {
            ValidationReport memeJour = validate(periode(DEBUT, DEBUT));
            ValidationReport inverse = validate(periode(DEBUT, DEBUT.minusDays(1)));

            assertThat(located(memeJour, "CLS-COH-01")).containsExactly("CLS-COH-01@periode");
            assertThat(located(inverse, "CLS-COH-01")).containsExactly("CLS-COH-01@periode");
            assertThat(inverse.findings("CLS-COH-01").get(0).message())
                    .isEqualTo("La période du contrat commence le 1er janvier 2024 et se termine le 31 décembre 2023 : la fin doit venir après le début.");
        }

        @Test
        void a_missing_period_or_end_is_not_this_rule_s_business() {
            assertThat(validate(periode(DEBUT, null)).findings("CLS-COH-01")).isEmpty();
            assertThat(validate(Contrats.complet().toBuilder().periode(null).build()).findings("CLS-COH-01")).isEmpty();
        }
    }

    @Nested
    @DisplayName("CLS-COH-02 Le calendrier d'une fiche action ne se termine pas avant son début")
    class CalendrierDesFiches {

        private ContratLocalSante calendrier(Periode calendrier) {
            ContratLocalSante complet = Contrats.complet();
            AxeStrategique axe = complet.axes().get(0);
            Objectif objectif = axe.objectifs().get(0);
            FicheAction f = objectif.fichesAction().get(0);
            FicheAction fiche = new FicheAction(f.code(), f.intitule(), f.description(), f.porteur(), f.partenaires(),
                    f.publicsCibles(), f.perimetre(), calendrier, f.financements(), f.champs(), f.thematiques(), f.objectifsPrs(),
                    f.statut(), f.indicateurs());
            Objectif o = new Objectif(objectif.code(), objectif.intitule(), objectif.thematiques(), objectif.objectifsPrs(), List.of(fiche));
            AxeStrategique a = new AxeStrategique(axe.code(), axe.intitule(), axe.thematiques(), axe.champs(),
                    axe.objectifsPrs(), List.of(o));
            return complet.toBuilder().axes(a, complet.axes().get(1)).build();
        }

        @Test
        void a_single_day_action_passes() {
            assertThat(validate(calendrier(Periode.du(DEBUT, DEBUT))).findings("CLS-COH-02")).isEmpty();
        }

        @Test
        void an_action_ending_before_it_starts_is_an_error_at_its_calendar() {
            ValidationReport report = validate(calendrier(Periode.du(DEBUT, DEBUT.minusDays(1))));

            assertThat(located(report, "CLS-COH-02"))
                    .containsExactly("CLS-COH-02@axes[0].objectifs[0].fichesAction[0].calendrier");
            assertThat(report.findings("CLS-COH-02").get(0).arguments()).containsExactly("FA-1.1.1", "2024-01-01", "2023-12-31");
        }
    }
}
