package io.github.cls4j.core.contrat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An avenant comes before another by date, then by number, where both know them")
class AvenantTest {

    private static final LocalDate JANVIER = LocalDate.of(2024, 1, 15);
    private static final LocalDate JUIN = LocalDate.of(2024, 6, 1);

    private static Avenant avenant(Integer numero, LocalDate date) {
        return new Avenant(numero, date, "prolongation", null, null);
    }

    @Test
    void the_date_decides_whatever_the_numbers() {
        assertThat(avenant(2, JANVIER).precede(avenant(1, JUIN))).isTrue();
        assertThat(avenant(1, JUIN).precede(avenant(2, JANVIER))).isFalse();
    }

    @Test
    void the_number_decides_on_the_same_day_or_when_a_date_is_missing() {
        assertThat(avenant(1, JUIN).precede(avenant(2, JUIN))).isTrue();
        assertThat(avenant(1, null).precede(avenant(2, JANVIER))).isTrue();
        assertThat(avenant(2, JANVIER).precede(avenant(1, null))).isFalse();
    }

    @Test
    void neither_comes_first_when_nothing_tells_them_apart() {
        assertThat(avenant(null, null).precede(avenant(1, JUIN))).isFalse();
        assertThat(avenant(1, JUIN).precede(avenant(null, null))).isFalse();
        assertThat(avenant(1, JUIN).precede(avenant(1, JUIN))).isFalse();
    }
}
