package io.github.cls4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.code.Siren;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JsonToken;

@DisplayName("Shapes of values are named in the words of the format, not of Java")
class ValueShapesTest {

    enum Sens { AMONT, AVAL }

    record Etape(String code, int rang) {
    }

    @Test
    void a_model_type_expects_the_shape_that_the_format_writes() {
        assertThat(ValueShapes.expected(String.class)).isEqualTo(LocalizedText.of("expected.text"));
        assertThat(List.of(int.class, Integer.class, long.class, Long.class)).allSatisfy(type ->
                assertThat(ValueShapes.expected(type)).isEqualTo(LocalizedText.of("expected.wholeNumber")));
        assertThat(List.of(BigDecimal.class, double.class, Double.class)).allSatisfy(type ->
                assertThat(ValueShapes.expected(type)).isEqualTo(LocalizedText.of("expected.number")));
        assertThat(ValueShapes.expected(Boolean.class)).isEqualTo(LocalizedText.of("expected.boolean"));
        assertThat(ValueShapes.expected(LocalDate.class)).isEqualTo(LocalizedText.of("expected.date"));
        assertThat(ValueShapes.expected(List.class)).isEqualTo(LocalizedText.of("expected.array"));
    }

    @Test
    void an_enum_lists_its_values_and_a_record_its_properties() {
        assertThat(ValueShapes.expected(Sens.class)).isEqualTo(LocalizedText.of("expected.oneOf", "[AMONT, AVAL]"));
        assertThat(ValueShapes.expected(Etape.class)).isEqualTo(LocalizedText.of("expected.object", "Etape", "[code, rang]"));
    }

    @Test
    void a_code_is_a_text_of_its_kind_although_java_makes_it_a_record() {
        assertThat(ValueShapes.expected(Siren.class)).isEqualTo(LocalizedText.of("expected.code", "Siren"));
    }

    @Test
    void an_unknown_type_or_none_still_says_something() {
        assertThat(ValueShapes.expected(Object.class)).isEqualTo(LocalizedText.of("expected.valueOfType", "Object"));
        assertThat(ValueShapes.expected(null)).isEqualTo(LocalizedText.of("expected.formatValue"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
        START_OBJECT,       problem.found.object
        START_ARRAY,        problem.found.array
        VALUE_STRING,       problem.found.text
        VALUE_NUMBER_INT,   problem.found.wholeNumber
        VALUE_NUMBER_FLOAT, problem.found.decimal
        VALUE_TRUE,         problem.found.boolean
        VALUE_FALSE,        problem.found.boolean
        VALUE_NULL,         problem.found.null
        END_OBJECT,         problem.found.other
        """)
    void the_shape_found_is_named_and_quotes_the_message(JsonToken token, String key) {
        assertThat(ValueShapes.found(token, "Cannot deserialize")).isEqualTo(LocalizedText.of(key, "Cannot deserialize"));
    }

    @Test
    void no_token_is_another_shape() {
        assertThat(ValueShapes.found(null, "m")).isEqualTo(LocalizedText.of("problem.found.other", "m"));
    }
}
