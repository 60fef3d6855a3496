package io.github.cls4j.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("INSEE commune code: department then number, Corsica and overseas included")
class CodeCommuneTest {

    @ParameterizedTest(name = "{0} is in department {1}")
    @CsvSource({
        "62041, 62", "01001, 01", "95680, 95", "2A004, 2A", "2B033, 2B",
        "97411, 974", "97101, 971", "97611, 976", "97701, 977", "97801, 978"
    })
    void reads_the_department_of_a_well_formed_code(String code, String departement) {
        CodeCommune commune = CodeCommune.of(code);

        assertThat(commune.isWellFormed()).isTrue();
        assertThat(commune.departement()).contains(departement);
    }

    @ParameterizedTest
    @ValueSource(strings = {"20004", "00100", "96001", "97901", "6204", "620411", "62 41", "2C004", "2a004", "62O41"})
    @NullAndEmptySource
    void rejects_an_unknown_department_or_a_wrong_length(String code) {
        CodeCommune commune = CodeCommune.of(code);

        assertThat(commune.isWellFormed()).isFalse();
        assertThat(commune.departement()).isEmpty();
        assertThat(commune.value()).isEqualTo(code);
    }
}
