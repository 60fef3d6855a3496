package io.github.cls4j.core.strategie;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicateurTest {

    private static final LocalDate DEPART = LocalDate.of(2023, 12, 31);

    private static Mesure mesure(LocalDate date) {
        return new Mesure(BigDecimal.TEN, date);
    }

    private static Indicateur indicateur(Mesure valeurInitiale, List<Mesure> mesures) {
        return new Indicateur("I-1", "Nombre de consultations", TypeIndicateur.RESULTAT, null, valeurInitiale, null, null,
                null, mesures);
    }

    @Test
    void the_measures_dated_before_the_baseline_are_given_in_their_order_and_those_of_its_day_or_after_are_not() {
        Mesure veille = mesure(DEPART.minusDays(1));
        Mesure anAvant = mesure(DEPART.minusYears(1));
        List<Mesure> mesures = Arrays.asList(veille, mesure(DEPART), null, mesure(null), mesure(DEPART.plusDays(1)), anAvant);

        assertThat(indicateur(mesure(DEPART), mesures).mesuresAvantLaValeurInitiale()).containsExactly(veille, anAvant);
        assertThat(indicateur(mesure(DEPART), List.of(mesure(DEPART))).mesuresAvantLaValeurInitiale()).isEmpty();
    }

    @Test
    void it_says_whether_a_measure_is_dated_before_its_baseline() {
        assertThat(indicateur(mesure(DEPART), List.of(mesure(DEPART), mesure(DEPART.minusDays(1)))).estMesureAvantSaValeurInitiale()).isTrue();
        assertThat(indicateur(mesure(DEPART), List.of(mesure(DEPART))).estMesureAvantSaValeurInitiale()).isFalse();
        assertThat(indicateur(null, List.of(mesure(DEPART.minusYears(5)))).estMesureAvantSaValeurInitiale()).isFalse();
    }

    @Test
    void without_a_baseline_or_its_date_no_measure_is_before_it() {
        List<Mesure> mesures = List.of(mesure(DEPART.minusYears(5)));

        assertThat(indicateur(null, mesures).mesuresAvantLaValeurInitiale()).isEmpty();
        assertThat(indicateur(mesure(null), mesures).mesuresAvantLaValeurInitiale()).isEmpty();
    }
}
