package io.github.cls4j.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("SIREN: 9 digits with a Luhn check digit")
class SirenTest {

    @ParameterizedTest
    @ValueSource(strings = {"246200364", "200054781", "356000000", "130025265", "000000000"})
    void accepts_nine_digits_whose_luhn_sum_is_a_multiple_of_ten(String value) {
        assertThat(Siren.of(value).isWellFormed()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"246200365", "24620036", "2462003640", "24620036A", " 246200364", "246 200 364",
        "２４６２００３６４"})
    @NullAndEmptySource
    void rejects_wrong_check_digit_length_or_characters_but_keeps_the_value(String value) {
        Siren siren = Siren.of(value);

        assertThat(siren.isWellFormed()).isFalse();
        assertThat(siren.value()).isEqualTo(value);
    }

    @Test
    void prints_as_written() {
        assertThat(Siren.of("246200364")).hasToString("246200364");
        assertThat(Siren.of(null)).hasToString("null");
    }
}
