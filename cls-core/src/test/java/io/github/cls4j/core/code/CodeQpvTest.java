package io.github.cls4j.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("QPV code: the 2015 form QPxxxnnn and the 2024 form QNxxxnnL")
class CodeQpvTest {

    @ParameterizedTest(name = "{0} follows the {1} format")
    @CsvSource({
        "QP062001, QPV_2015", "QP093042, QPV_2015", "QP02A001, QPV_2015", "QP971005, QPV_2015",
        "QN06201M, QPV_2024", "QN09312N, QPV_2024", "QN02B01I, QPV_2024", "QN97401M, QPV_2024"
    })
    void recognises_the_generation_of_a_well_formed_code(String code, GenerationQpv generation) {
        CodeQpv qpv = CodeQpv.of(code);

        assertThat(qpv.isWellFormed()).isTrue();
        assertThat(qpv.generation()).contains(generation);
    }

    @ParameterizedTest
    @ValueSource(strings = {"QP62001", "QP0620011", "QN0620M", "QN062011M", "QN06201m", "QX062001", "QP020001",
        "QN02001M", "qp062001", "QP062A01"})
    @NullAndEmptySource
    void rejects_a_code_of_neither_form(String code) {
        CodeQpv qpv = CodeQpv.of(code);

        assertThat(qpv.isWellFormed()).isFalse();
        assertThat(qpv.generation()).isEmpty();
    }
}
