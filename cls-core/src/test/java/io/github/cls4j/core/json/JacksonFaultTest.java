package io.github.cls4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.cls4j.core.json.JacksonFault.Kind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("Each Jackson exception is classified once into what is wrong and what was expected")
class JacksonFaultTest {

    enum Couleur { ROUGE, VERT }

    record Point(int x, LocalDate jour, List<String> etiquettes, Couleur couleur) {
    }

    /** Strict as the contract mapper is, on a small record. */
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(12).build()).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .changeDefaultNullHandling(h -> JsonSetter.Value.forContentNulls(Nulls.FAIL))
            .build();

    private static JacksonFault faultOf(String json) {
        JacksonException e = catchThrowableOfType(JacksonException.class, () -> MAPPER.readValue(json, Point.class));
        assertThat(e).as("Jackson refuses %s", json).isNotNull();
        return JacksonFault.classify(e);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        # json                                  | kind                | problem                     | expected
        {"x": 1, "y": 2}                        | UNKNOWN_PROPERTY    | problem.unknownProperty     | expected.properties
        {"etiquettes": [null]}                  | NULL_NOT_ALLOWED    | problem.nullNotAllowed      | expected.text
        {"jour": "2023-02-30"}                  | INVALID_VALUE       | problem.invalidValue        | expected.date
        {"couleur": "BLEU"}                     | INVALID_VALUE       | problem.invalidValue        | expected.oneOf
        {"x": "2"}                              | WRONG_SHAPE         | problem.found.text          | expected.wholeNumber
        {"x": 1} {}                             | TRAILING_CONTENT    | problem.trailingContent     | expected.singleObject
        {"x": 1                                 | TRUNCATED           | problem.truncated           | expected.rest
        {"x": 3000000000}                       | NUMBER_OUT_OF_RANGE | problem.numberOutOfRange    | expected.numberInRange
        {"x": 1, "x": 2}                        | DUPLICATE_PROPERTY  | problem.duplicateProperty   | expected.propertyOnce
        {"etiquettes": ["a"}}                   | CLOSE_MARKER        | problem.unexpectedCharacter | expected.closeMarker
        {"x": 1}}                               | CLOSE_MARKER        | problem.unmatchedClose      | expected.balanced
        {"x": deux}                             | UNRECOGNIZED_WORD   | problem.unrecognizedWord    | expected.value
        {"x" 1}                                 | SYNTAX              | problem.unexpectedCharacter | expected.colon
        {"x": 1234567890123}                    | LIMIT               | problem.numberTooLong       | expected.atMostDigits
        """)
    void each_kind_gives_its_problem_and_its_expectation(String json, Kind kind, String problem, String expected) {
        JacksonFault fault = faultOf(json);

        assertThat(fault.kind()).isEqualTo(kind);
        assertThat(fault.problem().key()).isEqualTo(problem);
        assertThat(fault.expected().key()).isEqualTo(expected);
    }

    @Test
    void the_texts_quote_what_the_person_wrote_and_what_the_model_takes() {
        assertThat(faultOf("{\"x\": 1, \"y\": 2}")).isEqualTo(new JacksonFault(Kind.UNKNOWN_PROPERTY,
                LocalizedText.of("problem.unknownProperty", "y"),
                LocalizedText.of("expected.properties", "[couleur, etiquettes, jour, x]")));
        assertThat(faultOf("{\"x\": 3000000000}").expected().arguments()).containsExactly("-2147483648", "2147483647");
        assertThat(faultOf("{\"x\": 1234567890123}").problem().arguments()).containsExactly("12");
    }

    @Test
    void a_syntax_error_jackson_words_otherwise_is_quoted_as_it_is() {
        JacksonFault control = faultOf("{\"etiquettes\": [\"a\u0001\"]}");

        assertThat(control.kind()).isEqualTo(Kind.SYNTAX);
        assertThat(control.problem().key()).isEqualTo("problem.malformed");
        assertThat(control.problem().arguments().get(0)).startsWith("Illegal unquoted character");
        assertThat(control.expected().key()).isEqualTo("expected.wellFormedJson");
    }

    @Test
    void anything_else_is_quoted_against_the_format_as_a_whole() {
        JacksonFault other = JacksonFault.classify(DatabindException.from((JsonParser) null, "Cannot construct instance"));

        assertThat(other).isEqualTo(new JacksonFault(Kind.OTHER, LocalizedText.of("problem.other", "Cannot construct instance"),
                LocalizedText.of("expected.contract", ContractJson.SCHEMA_VERSION)));
    }
}
