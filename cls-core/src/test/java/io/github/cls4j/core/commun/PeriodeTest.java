package io.github.cls4j.core.commun;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A period: its elapsed years and its length")
class PeriodeTest {

    private static final Periode CINQ_ANS = Periode.du(LocalDate.of(2023, 7, 1), LocalDate.of(2028, 6, 30));

    @Test
    void the_years_elapsed_count_whole_anniversaries_of_the_first_day() {
        assertThat(CINQ_ANS.anneesEcoulees(LocalDate.of(2023, 6, 30))).isZero();
        assertThat(CINQ_ANS.anneesEcoulees(LocalDate.of(2024, 6, 30))).isZero();
        assertThat(CINQ_ANS.anneesEcoulees(LocalDate.of(2024, 7, 1))).isEqualTo(1);
        assertThat(CINQ_ANS.anneesEcoulees(LocalDate.of(2028, 6, 30))).isEqualTo(4);
        assertThat(CINQ_ANS.anneesEcoulees(LocalDate.of(2031, 1, 1))).isEqualTo(5);
    }

    @Test
    void an_incomplete_period_has_no_elapsed_years_and_no_length() {
        Periode ouverte = new Periode(LocalDate.of(2020, 1, 1), null);

        assertThat(ouverte.anneesEcoulees(LocalDate.of(2026, 1, 1))).isZero();
        assertThat(ouverte.dureePlusLongueQue(1)).isFalse();
        assertThat(ouverte.dureePlusCourteQue(100)).isFalse();
    }

    @Test
    void a_period_from_the_first_of_july_to_the_thirtieth_of_june_lasts_exactly_five_years() {
        assertThat(CINQ_ANS.dureePlusLongueQue(5)).isFalse();
        assertThat(CINQ_ANS.dureePlusCourteQue(5)).isFalse();
        assertThat(Periode.du(CINQ_ANS.debut(), CINQ_ANS.fin().plusDays(1)).dureePlusLongueQue(5)).isTrue();
        assertThat(Periode.du(CINQ_ANS.debut(), CINQ_ANS.fin().minusDays(1)).dureePlusCourteQue(5)).isTrue();
    }
}
