package io.github.cls4j.rules.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.cls4j.core.Contrats;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.Evaluation;
import io.github.cls4j.core.contrat.MesureIndicateur;
import io.github.cls4j.core.contrat.TypeEvaluation;
import io.github.cls4j.core.path.ElementPath;
import io.github.cls4j.core.strategie.AxeStrategique;
import io.github.cls4j.core.strategie.Cible;
import io.github.cls4j.core.strategie.FicheAction;
import io.github.cls4j.core.strategie.Frequence;
import io.github.cls4j.core.strategie.Indicateur;
import io.github.cls4j.core.strategie.Mesure;
import io.github.cls4j.core.strategie.Objectif;
import io.github.cls4j.core.strategie.PerimetreAction;
import io.github.cls4j.core.strategie.TypeIndicateur;
import io.github.cls4j.rules.exemples.Exemples;
import io.github.cls4j.rules.portfolio.IndicatorProgress.Missing;
import io.github.cls4j.rules.portfolio.IndicatorProgress.Trajectory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The progress of indicators, on the hand-computed cases of the issue 9 memo (section 6). Days
 * are counted by hand: 2023-12-31 to 2025-12-31 is 731 days and to 2028-12-31 is 1,827 (2024 and
 * 2028 are leap years); 2023-01-01 to 2024-01-01 is 365 days and to 2024-12-31 is 730.
 */
@DisplayName("Progress of indicators towards their targets (issue 9)")
class IndicatorProgressTest {

    private static final String CODE = "I-1.1.1-a";

    @Nested
    @DisplayName("An indicator that should rise: baseline 1 on 2023-12-31, target 4 by 2028-12-31")
    class Rising {

        private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

        private IndicatorProgress measured(String valeur) {
            return progress(indicateur(mesure("1", "2023-12-31"), cible("4", "2028-12-31"), mesure(valeur, "2025-12-31")), AS_OF);
        }

        @Test
        void three_after_731_of_1827_days_is_two_thirds_of_the_way_and_on_track() {
            IndicatorProgress p = measured("3");

            assertThat(p.progress()).isEqualTo(new BigDecimal("0.6667"));
            assertThat(p.expectedValue()).isEqualTo(new BigDecimal("2.2003"));   // 1 + 3 × 731 / 1827
            assertThat(p.trajectory()).isEqualTo(Trajectory.ON_TRACK);
            assertThat(p.missing()).isEmpty();
            assertThat(p.lastMeasurement()).isEqualTo(mesure("3", "2025-12-31"));
        }

        @Test
        void two_at_the_same_date_is_a_third_of_the_way_and_behind() {
            IndicatorProgress p = measured("2");

            assertThat(p.progress()).isEqualTo(new BigDecimal("0.3333"));
            assertThat(p.expectedValue()).isEqualTo(new BigDecimal("2.2003"));
            assertThat(p.trajectory()).isEqualTo(Trajectory.BEHIND);
        }

        @Test
        void the_target_itself_is_reached_and_beyond_it_the_share_passes_one() {
            assertThat(measured("4").trajectory()).isEqualTo(Trajectory.REACHED);
            assertThat(measured("4").progress()).isEqualTo(new BigDecimal("1.0000"));
            assertThat(measured("5.5").trajectory()).isEqualTo(Trajectory.REACHED);
            assertThat(measured("5.5").progress()).isEqualTo(new BigDecimal("1.5000"));
        }

        @Test
        void a_value_below_the_baseline_is_a_negative_share() {
            IndicatorProgress p = measured("0");

            assertThat(p.progress()).isEqualTo(new BigDecimal("-0.3333"));
            assertThat(p.trajectory()).isEqualTo(Trajectory.BEHIND);
        }

        @Test
        void an_impact_indicator_from_28_to_35_at_30_is_behind() {
            IndicatorProgress p = progress(indicateur(mesure("28", "2023-12-31"), cible("35", "2028-12-31"),
                    mesure("30", "2025-12-31")), AS_OF);

            assertThat(p.progress()).isEqualTo(new BigDecimal("0.2857"));        // 2 / 7
            assertThat(p.expectedValue()).isEqualTo(new BigDecimal("30.8008"));  // 28 + 7 × 731 / 1827
            assertThat(p.trajectory()).isEqualTo(Trajectory.BEHIND);
        }
    }

    @Nested
    @DisplayName("An indicator that should fall: baseline 20 on 2023-12-31, target 14 by 2028-12-31")
    class Falling {

        private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

        private IndicatorProgress measured(String valeur) {
            return progress(indicateur(mesure("20", "2023-12-31"), cible("14", "2028-12-31"), mesure(valeur, "2025-12-31")), AS_OF);
        }

        @Test
        void seventeen_is_half_way_and_below_the_expected_value_so_on_track() {
            IndicatorProgress p = measured("17");

            assertThat(p.progress()).isEqualTo(new BigDecimal("0.5000"));
            assertThat(p.expectedValue()).isEqualTo(new BigDecimal("17.5993"));  // 20 − 6 × 731 / 1827
            assertThat(p.trajectory()).isEqualTo(Trajectory.ON_TRACK);
        }

        @Test
        void eighteen_is_above_the_expected_value_so_behind() {
            IndicatorProgress p = measured("18");

            assertThat(p.progress()).isEqualTo(new BigDecimal("0.3333"));
            assertThat(p.trajectory()).isEqualTo(Trajectory.BEHIND);
        }

        @Test
        void the_target_or_below_is_reached() {
            assertThat(measured("14").trajectory()).isEqualTo(Trajectory.REACHED);
            assertThat(measured("13").trajectory()).isEqualTo(Trajectory.REACHED);
            assertThat(measured("13").progress()).isEqualTo(new BigDecimal("1.1667"));
        }
    }

    @Nested
    @DisplayName("Both sides of the due date: baseline 0 on 2023-01-01, target 3 by 2024-12-31, 1 measured on 2024-01-01")
    class DueDate {

        private static final LocalDate ECHEANCE = LocalDate.of(2024, 12, 31);

        private static Indicateur indicateur(Mesure... mesures) {
            return IndicatorProgressTest.indicateur(mesure("0", "2023-01-01"), cible("3", "2024-12-31"), mesures);
        }

        @Test
        void half_way_in_time_the_expected_value_is_half_the_target_and_one_is_behind() {
            IndicatorProgress p = progress(indicateur(mesure("1", "2024-01-01")), ECHEANCE.minusDays(1));

            assertThat(p.progress()).isEqualTo(new BigDecimal("0.3333"));
            assertThat(p.expectedValue()).isEqualTo(new BigDecimal("1.5000"));  // 3 × 365 / 730
            assertThat(p.trajectory()).isEqualTo(Trajectory.BEHIND);
        }

        @Test
        void a_measurement_exactly_on_the_line_is_on_track() {
            assertThat(progress(indicateur(mesure("1.5", "2024-01-01")), ECHEANCE).trajectory()).isEqualTo(Trajectory.ON_TRACK);
            assertThat(progress(indicateur(mesure("1.4999", "2024-01-01")), ECHEANCE).trajectory()).isEqualTo(Trajectory.BEHIND);
        }

        @Test
        void on_the_due_date_the_target_is_not_yet_missed() {
            assertThat(progress(indicateur(mesure("1", "2024-01-01")), ECHEANCE).trajectory()).isEqualTo(Trajectory.BEHIND);
        }

        @Test
        void the_day_after_the_due_date_the_target_is_missed() {
            IndicatorProgress p = progress(indicateur(mesure("1", "2024-01-01")), ECHEANCE.plusDays(1));

            assertThat(p.trajectory()).isEqualTo(Trajectory.MISSED);
            assertThat(p.progress()).isEqualTo(new BigDecimal("0.3333"));
            assertThat(p.expectedValue()).isEqualTo(new BigDecimal("1.5000"));
            assertThat(p.missing()).isEmpty();
        }

        @Test
        void a_measurement_on_the_as_of_date_counts() {
            Indicateur indicateur = indicateur(mesure("1", "2024-01-01"), mesure("3", "2024-12-31"));

            assertThat(progress(indicateur, ECHEANCE.minusDays(1)).trajectory()).isEqualTo(Trajectory.BEHIND);
            assertThat(progress(indicateur, ECHEANCE).trajectory()).isEqualTo(Trajectory.REACHED);
            assertThat(progress(indicateur, ECHEANCE).lastMeasurement()).isEqualTo(mesure("3", "2024-12-31"));
            assertThat(progress(indicateur, ECHEANCE.plusDays(1)).trajectory()).isEqualTo(Trajectory.REACHED);
        }

        @Test
        void after_the_due_date_the_line_stays_at_the_target() {
            IndicatorProgress late = progress(indicateur(mesure("2", "2025-03-01")), LocalDate.of(2025, 6, 1));
            IndicatorProgress reachedLate = progress(indicateur(mesure("3", "2025-03-01")), LocalDate.of(2025, 6, 1));

            assertThat(late.trajectory()).isEqualTo(Trajectory.MISSED);
            assertThat(late.expectedValue()).isEqualTo(new BigDecimal("3.0000"));
            assertThat(reachedLate.trajectory()).isEqualTo(Trajectory.REACHED);
        }
    }

    @Nested
    @DisplayName("Indicators lacking data")
    class NoData {

        private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
        private static final Mesure BASELINE = mesure("1", "2023-12-31");
        private static final Cible TARGET = cible("4", "2028-12-31");
        private static final Mesure MEASURED = mesure("3", "2025-12-31");

        @Test
        void without_any_measurement() {
            IndicatorProgress p = progress(indicateur(BASELINE, TARGET), AS_OF);

            assertThat(p.trajectory()).isEqualTo(Trajectory.NO_DATA);
            assertThat(p.missing()).containsExactly(Missing.MEASUREMENT);
            assertThat(p.progress()).isNull();
            assertThat(p.expectedValue()).isNull();
            assertThat(p.lastMeasurement()).isNull();
        }

        @Test
        void measurements_without_value_or_date_or_before_the_baseline_are_not_measurements() {
            IndicatorProgress p = progress(indicateur(BASELINE, TARGET,
                    mesure(null, "2025-12-31"), mesure("3", null), mesure("3", "2023-12-30")), AS_OF);

            assertThat(p.trajectory()).isEqualTo(Trajectory.NO_DATA);
            assertThat(p.missing()).containsExactly(Missing.MEASUREMENT);
        }

        @Test
        void a_measurement_on_the_baseline_s_day_counts() {
            IndicatorProgress p = progress(indicateur(BASELINE, TARGET, mesure("1", "2023-12-31")), AS_OF);

            assertThat(p.progress()).isEqualTo(new BigDecimal("0.0000"));
            assertThat(p.expectedValue()).isEqualTo(new BigDecimal("1.0000"));
            assertThat(p.trajectory()).isEqualTo(Trajectory.ON_TRACK);
        }

        @Test
        void without_a_baseline() {
            IndicatorProgress p = progress(indicateur(null, TARGET, MEASURED), AS_OF);

            assertThat(p.trajectory()).isEqualTo(Trajectory.NO_DATA);
            assertThat(p.missing()).containsExactly(Missing.BASELINE);
            assertThat(p.progress()).isNull();
            assertThat(p.lastMeasurement()).isEqualTo(MEASURED);
        }

        @Test
        void without_a_baseline_value() {
            IndicatorProgress p = progress(indicateur(mesure(null, "2023-12-31"), TARGET, MEASURED), AS_OF);

            assertThat(p.trajectory()).isEqualTo(Trajectory.NO_DATA);
            assertThat(p.missing()).containsExactly(Missing.BASELINE);
        }

        @Test
        void without_a_baseline_date_the_share_is_known_but_not_the_trajectory() {
            IndicatorProgress p = progress(indicateur(mesure("1", null), TARGET, MEASURED), AS_OF);

            assertThat(p.trajectory()).isEqualTo(Trajectory.NO_DATA);
            assertThat(p.missing()).containsExactly(Missing.BASELINE);
            assertThat(p.progress()).isEqualTo(new BigDecimal("0.6667"));
            assertThat(p.expectedValue()).isNull();
        }

        @Test
        void without_a_target() {
            IndicatorProgress p = progress(indicateur(BASELINE, null, MEASURED), AS_OF);

            assertThat(p.trajectory()).isEqualTo(Trajectory.NO_DATA);
            assertThat(p.missing()).containsExactly(Missing.TARGET, Missing.DUE_DATE);
            assertThat(p.progress()).isNull();
        }

        @Test
        void without_a_target_value() {
            IndicatorProgress p = progress(indicateur(BASELINE, cible(null, "2028-12-31"), MEASURED), AS_OF);

            assertThat(p.trajectory()).isEqualTo(Trajectory.NO_DATA);
            assertThat(p.missing()).containsExactly(Missing.TARGET);
        }

        @Test
        void without_a_due_date() {
            IndicatorProgress p = progress(indicateur(BASELINE, cible("4", null), MEASURED), AS_OF);

            assertThat(p.trajectory()).isEqualTo(Trajectory.NO_DATA);
            assertThat(p.missing()).containsExactly(Missing.DUE_DATE);
            assertThat(p.progress()).isEqualTo(new BigDecimal("0.6667"));
            assertThat(p.expectedValue()).isNull();
        }

        @Test
        void a_target_reached_needs_no_date() {
            IndicatorProgress p = progress(indicateur(mesure("1", null), cible("4", null), mesure("4", "2025-12-31")), AS_OF);

            assertThat(p.trajectory()).isEqualTo(Trajectory.REACHED);
            assertThat(p.missing()).containsExactly(Missing.BASELINE, Missing.DUE_DATE);
        }

        @Test
        void a_target_equal_to_its_baseline_gives_no_direction_so_no_progress() {
            IndicatorProgress p = progress(indicateur(BASELINE, cible("1.00", "2028-12-31"), mesure("1", "2025-12-31")), AS_OF);

            assertThat(p.trajectory()).isEqualTo(Trajectory.NO_DATA);
            assertThat(p.missing()).containsExactly(Missing.DIRECTION);
            assertThat(p.progress()).isNull();
            assertThat(p.expectedValue()).isNull();
        }

        @Test
        void a_due_date_on_the_baseline_s_day_gives_no_line() {
            Indicateur indicateur = indicateur(mesure("1", "2025-01-01"), cible("4", "2025-01-01"), mesure("2", "2025-01-01"));
            IndicatorProgress p = progress(indicateur, LocalDate.of(2025, 1, 1));

            assertThat(p.trajectory()).isEqualTo(Trajectory.NO_DATA);
            assertThat(p.missing()).containsExactly(Missing.DUE_DATE);
            assertThat(p.progress()).isEqualTo(new BigDecimal("0.3333"));
        }

        @Test
        void a_due_date_before_the_baseline_once_passed_is_still_missed() {
            Indicateur indicateur = indicateur(mesure("1", "2025-01-01"), cible("4", "2024-12-31"), mesure("2", "2025-06-30"));
            IndicatorProgress p = progress(indicateur, LocalDate.of(2025, 7, 1));

            assertThat(p.trajectory()).isEqualTo(Trajectory.MISSED);
            assertThat(p.missing()).containsExactly(Missing.DUE_DATE);
            assertThat(p.expectedValue()).isNull();
        }

        @Test
        void an_indicator_with_nothing_but_a_label_lacks_everything() {
            Indicateur vide = new Indicateur(null, "Indicateur à définir", null, null, null, null, null, null, null);
            IndicatorProgress p = progress(vide, AS_OF);

            assertThat(p.trajectory()).isEqualTo(Trajectory.NO_DATA);
            assertThat(p.missing()).containsExactly(Missing.BASELINE, Missing.TARGET, Missing.DUE_DATE, Missing.MEASUREMENT);
            assertThat(p.code()).isNull();
        }
    }

    @Nested
    @DisplayName("Measurements, from the indicator and from the evaluations")
    class MergedMeasurements {

        private static final Indicateur SANS_MESURE = indicateur(mesure("1", "2023-12-31"), cible("4", "2028-12-31"));

        @Test
        void a_measurement_after_the_as_of_date_is_ignored() {
            Indicateur indicateur = indicateur(mesure("1", "2023-12-31"), cible("4", "2028-12-31"),
                    mesure("4", "2026-06-30"), mesure("3", "2025-12-31"));

            IndicatorProgress before = progress(indicateur, LocalDate.of(2026, 6, 29));
            IndicatorProgress on = progress(indicateur, LocalDate.of(2026, 6, 30));

            assertThat(before.lastMeasurement()).isEqualTo(mesure("3", "2025-12-31"));
            assertThat(before.trajectory()).isEqualTo(Trajectory.ON_TRACK);
            assertThat(on.lastMeasurement()).isEqualTo(mesure("4", "2026-06-30"));
            assertThat(on.trajectory()).isEqualTo(Trajectory.REACHED);
        }

        @Test
        void the_evaluations_measurements_of_its_code_are_merged_with_its_own() {
            ContratLocalSante contrat = contrat(List.of(SANS_MESURE),
                    evaluation("2025-04-30", new MesureIndicateur(CODE, new BigDecimal("3"), LocalDate.of(2025, 12, 31))),
                    evaluation("2026-04-30", new MesureIndicateur("I-AUTRE", new BigDecimal("9"), LocalDate.of(2025, 12, 31))));

            IndicatorProgress p = single(IndicatorProgress.of(contrat, LocalDate.of(2026, 1, 1)));

            assertThat(p.lastMeasurement()).isEqualTo(mesure("3", "2025-12-31"));
            assertThat(p.trajectory()).isEqualTo(Trajectory.ON_TRACK);
        }

        @Test
        void the_last_by_date_wins_wherever_it_is_recorded() {
            Indicateur indicateur = indicateur(mesure("1", "2023-12-31"), cible("4", "2028-12-31"), mesure("2", "2025-06-30"));
            ContratLocalSante contrat = contrat(List.of(indicateur),
                    evaluation("2025-04-30", new MesureIndicateur(CODE, new BigDecimal("3"), LocalDate.of(2025, 3, 31))),
                    evaluation("2026-04-30", new MesureIndicateur(CODE, new BigDecimal("4"), LocalDate.of(2026, 3, 31))));

            assertThat(single(IndicatorProgress.of(contrat, LocalDate.of(2026, 1, 1))).lastMeasurement())
                    .isEqualTo(mesure("2", "2025-06-30"));
            assertThat(single(IndicatorProgress.of(contrat, LocalDate.of(2026, 3, 31))).lastMeasurement())
                    .isEqualTo(mesure("4", "2026-03-31"));
        }

        @Test
        void on_the_same_day_the_measurement_recorded_last_wins() {
            Indicateur indicateur = indicateur(mesure("1", "2023-12-31"), cible("4", "2028-12-31"), mesure("2", "2025-12-31"));
            ContratLocalSante evaluee = contrat(List.of(indicateur),
                    evaluation("2026-01-15", new MesureIndicateur(CODE, new BigDecimal("2.5"), LocalDate.of(2025, 12, 31))),
                    evaluation("2026-02-15", new MesureIndicateur(CODE, new BigDecimal("3"), LocalDate.of(2025, 12, 31))));

            assertThat(single(IndicatorProgress.of(evaluee, LocalDate.of(2026, 1, 1))).lastMeasurement())
                    .isEqualTo(mesure("3", "2025-12-31"));
        }

        @Test
        void an_indicator_without_code_gets_only_its_own_measurements() {
            Indicateur sansCode = new Indicateur(null, "Sans code", TypeIndicateur.RESULTAT, null,
                    mesure("1", "2023-12-31"), cible("4", "2028-12-31"), null, null, null);
            ContratLocalSante contrat = contrat(List.of(sansCode),
                    evaluation("2026-04-30", new MesureIndicateur(null, new BigDecimal("3"), LocalDate.of(2025, 12, 31))));

            IndicatorProgress p = single(IndicatorProgress.of(contrat, LocalDate.of(2026, 1, 1)));

            assertThat(p.missing()).containsExactly(Missing.MEASUREMENT);
        }

        @Test
        void the_contract_fixture_s_evaluation_measurement_is_found() {
            // Contrats.complet(): baseline 3 on 2022-12-31, target 8.5 by 2027-12-31, its own 5 on 2024-12-31,
            // and 5 on 2024-06-30 in its yearly evaluation.
            IndicatorProgress p = single(IndicatorProgress.of(Contrats.complet(), LocalDate.of(2024, 7, 1)));

            assertThat(p.lastMeasurement()).isEqualTo(mesure("5", "2024-06-30"));
            assertThat(p.progress()).isEqualTo(new BigDecimal("0.3636"));  // 2 / 5.5
        }
    }

    @Nested
    @DisplayName("Paths and order")
    class Paths {

        @Test
        void each_path_resolves_to_its_indicator_in_contract_order() {
            ContratLocalSante contrat = Exemples.conforme();

            List<IndicatorProgress> all = IndicatorProgress.of(contrat, Exemples.CONTROLE);

            assertThat(all).extracting(p -> p.path().toString()).containsExactly(
                    "axes[0].objectifs[0].fichesAction[0].indicateurs[0]",
                    "axes[0].objectifs[0].fichesAction[0].indicateurs[1]",
                    "axes[1].objectifs[0].fichesAction[0].indicateurs[0]",
                    "axes[1].objectifs[0].fichesAction[0].indicateurs[1]");
            for (IndicatorProgress p : all) {
                Indicateur resolved = resolve(contrat, p.path());
                assertThat(p.code()).isEqualTo(resolved.code());
                assertThat(p.label()).isEqualTo(resolved.libelle());
                assertThat(p.unit()).isEqualTo(resolved.unite());
                assertThat(p.baseline()).isEqualTo(resolved.valeurInitiale());
                assertThat(p.target()).isEqualTo(resolved.cible());
            }
            assertThat(all).extracting(IndicatorProgress::code)
                    .containsExactly("I-FA-1-p", "I-FA-1-r", "I-FA-2-p", "I-FA-2-r");
        }

        @Test
        void an_indicator_in_two_places_is_given_at_each() {
            Indicateur commun = indicateur(mesure("1", "2023-12-31"), cible("4", "2028-12-31"));
            ContratLocalSante contrat = contrat(List.of(commun, commun));

            assertThat(IndicatorProgress.of(contrat, Exemples.CONTROLE)).extracting(p -> p.path().toString()).containsExactly(
                    "axes[0].objectifs[0].fichesAction[0].indicateurs[0]",
                    "axes[0].objectifs[0].fichesAction[0].indicateurs[1]");
        }

        /** Walks the path by hand, apart from {@code ContractElements}: axes, objectifs, fichesAction, indicateurs. */
        private Indicateur resolve(ContratLocalSante contrat, ElementPath path) {
            List<String> t = path.tokens();
            assertThat(t).hasSize(8);
            assertThat(List.of(t.get(0), t.get(2), t.get(4), t.get(6))).containsExactly("axes", "objectifs", "fichesAction", "indicateurs");
            AxeStrategique axe = contrat.axes().get(Integer.parseInt(t.get(1)));
            Objectif objectif = axe.objectifs().get(Integer.parseInt(t.get(3)));
            FicheAction fiche = objectif.fichesAction().get(Integer.parseInt(t.get(5)));
            return fiche.indicateurs().get(Integer.parseInt(t.get(7)));
        }
    }

    @Nested
    @DisplayName("Odd contracts")
    class OddContracts {

        @Test
        void a_contract_without_indicators_has_no_progress() {
            assertThat(IndicatorProgress.of(Contrats.minimal(), Exemples.CONTROLE)).isEmpty();
        }

        @Test
        void missing_items_in_the_lists_are_skipped() {
            List<Mesure> mesures = Arrays.asList(null, mesure("3", "2025-12-31"));
            Indicateur indicateur = new Indicateur(CODE, "Avec trous", null, null, mesure("1", "2023-12-31"),
                    cible("4", "2028-12-31"), null, null, mesures);
            List<Indicateur> indicateurs = Arrays.asList(null, indicateur);
            List<Evaluation> evaluations = Arrays.asList(null,
                    new Evaluation(TypeEvaluation.ANNUELLE, null, null, null, Arrays.asList(null,
                            new MesureIndicateur(CODE, null, null))),
                    new Evaluation(TypeEvaluation.ANNUELLE, null, null, null, null));
            ContratLocalSante contrat = contrat(indicateurs, evaluations.toArray(Evaluation[]::new));

            IndicatorProgress p = single(IndicatorProgress.of(contrat, LocalDate.of(2026, 1, 1)));

            assertThat(p.path()).hasToString("axes[0].objectifs[0].fichesAction[0].indicateurs[1]");
            assertThat(p.trajectory()).isEqualTo(Trajectory.ON_TRACK);
        }

        @Test
        void a_baseline_after_the_as_of_date_leaves_no_measurement() {
            IndicatorProgress p = progress(indicateur(mesure("1", "2027-01-01"), cible("4", "2028-12-31"),
                    mesure("3", "2025-12-31")), LocalDate.of(2026, 1, 1));

            assertThat(p.trajectory()).isEqualTo(Trajectory.NO_DATA);
            assertThat(p.missing()).containsExactly(Missing.MEASUREMENT);
        }

        @Test
        void the_as_of_date_and_the_contract_are_required() {
            assertThatNullPointerException().isThrownBy(() -> IndicatorProgress.of(Exemples.conforme(), null))
                    .withMessage("asOf");
            assertThatNullPointerException().isThrownBy(() -> IndicatorProgress.of(null, Exemples.CONTROLE))
                    .withMessage("contrat");
        }

        @Test
        void the_list_of_what_is_missing_cannot_be_changed() {
            IndicatorProgress p = progress(indicateur(null, null), Exemples.CONTROLE);

            assertThat(p.missing()).isUnmodifiable();
        }
    }

    // --- Fixtures: one indicator in the contract of the rule examples, whose own evaluations record no measurement.

    @Nested
    @DisplayName("A value beyond the model's decimals, as only a contract built in Java holds")
    class OutOfRange {

        private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

        @Test
        void a_huge_target_or_a_tiny_measurement_gives_no_progress_and_says_why_at_once() {
            IndicatorProgress huge = progress(indicateur(mesure("1", "2023-12-31"), cible("1E+999999999", "2028-12-31"),
                    mesure("3", "2025-12-31")), AS_OF);
            IndicatorProgress tiny = progress(indicateur(mesure("1", "2023-12-31"), cible("4", "2028-12-31"),
                    mesure("1E-999999999", "2025-12-31")), AS_OF);

            for (IndicatorProgress p : List.of(huge, tiny)) {
                assertThat(p.trajectory()).isEqualTo(Trajectory.NO_DATA);
                assertThat(p.progress()).isNull();
                assertThat(p.missing()).containsExactly(Missing.VALUE_IN_RANGE);
            }
        }

        @Test
        void the_largest_values_in_range_are_computed() {
            IndicatorProgress p = progress(indicateur(mesure("0.000000000001", "2023-12-31"), cible("999999999999999999", "2028-12-31"),
                    mesure("999999999999999999", "2025-12-31")), AS_OF);

            assertThat(p.trajectory()).isEqualTo(Trajectory.REACHED);
            assertThat(p.missing()).isEmpty();
        }
    }

    private static IndicatorProgress progress(Indicateur indicateur, LocalDate asOf) {
        return single(IndicatorProgress.of(contrat(List.of(indicateur)), asOf));
    }

    private static IndicatorProgress single(List<IndicatorProgress> all) {
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    /** The contract of the rule examples with one axis, one objective and one fiche holding {@code indicateurs}. */
    private static ContratLocalSante contrat(List<Indicateur> indicateurs, Evaluation... evaluations) {
        FicheAction modele = Exemples.fiche("FA-1", new PerimetreAction(true, List.of(), List.of()));
        FicheAction fiche = new FicheAction(modele.code(), modele.intitule(), modele.description(), modele.porteur(),
                modele.partenaires(), modele.publicsCibles(), modele.perimetre(), modele.calendrier(),
                modele.financements(), modele.champs(), modele.thematiques(), modele.objectifsPrs(), modele.statut(), indicateurs);
        ContratLocalSante.Builder builder = Exemples.builder().axes(Exemples.axe("A1", "HDF-COS-3", fiche));
        return evaluations.length == 0 ? builder.build() : builder.evaluations(evaluations).build();
    }

    private static Evaluation evaluation(String date, MesureIndicateur... mesures) {
        return new Evaluation(TypeEvaluation.ANNUELLE, LocalDate.parse(date), "Coordination", List.of(), List.of(mesures));
    }

    private static Indicateur indicateur(Mesure valeurInitiale, Cible cible, Mesure... mesures) {
        return new Indicateur(CODE, "Nombre d'internes accueillis", TypeIndicateur.RESULTAT, "internes",
                valeurInitiale, cible, "Coordination", Frequence.ANNUELLE, new ArrayList<>(Arrays.asList(mesures)));
    }

    private static Mesure mesure(String valeur, String date) {
        return new Mesure(valeur == null ? null : new BigDecimal(valeur), date == null ? null : LocalDate.parse(date));
    }

    private static Cible cible(String valeur, String echeance) {
        return new Cible(valeur == null ? null : new BigDecimal(valeur), echeance == null ? null : LocalDate.parse(echeance));
    }
}
