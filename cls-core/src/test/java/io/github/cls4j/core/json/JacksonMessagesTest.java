package io.github.cls4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cls4j.core.json.JacksonMessages.CloseMarker;
import io.github.cls4j.core.json.JacksonMessages.Limit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Each message is provoked from a real parser: a Jackson upgrade that rewords one fails here, by name. */
@DisplayName("Jackson 3's messages, as the library reads them")
class JacksonMessagesTest {

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(2).maxNameLength(8).build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The exception that stops a token-by-token reading of {@code json}, reading every text and whole number. */
    private static JacksonException readingOf(String json) {
        try (JsonParser parser = MAPPER.createParser(json)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.VALUE_STRING) {
                    parser.getString();
                } else if (t == JsonToken.VALUE_NUMBER_INT) {
                    parser.getIntValue();
                }
            }
        } catch (JacksonException e) {
            return e;
        }
        throw new AssertionError("Jackson reads " + json);
    }

    private static String messageOf(String json) {
        return JacksonMessages.firstLine(readingOf(json).getOriginalMessage());
    }

    @Test
    void a_limit_is_named_with_its_maximum_even_wrapped_by_the_binding() {
        JacksonException tooDeep = readingOf("[[[1]]]");

        assertThat(JacksonMessages.limit(tooDeep)).contains(new Limit("problem.tooDeep", "expected.atMostDepth", "2"));
        assertThat(JacksonMessages.limit(readingOf("{\"longer than eight\": 1}")))
                .contains(new Limit("problem.stringTooLong", "expected.atMostChars", "8"));
        assertThat(JacksonMessages.limit(DatabindException.from((JsonParser) null, "binding", tooDeep)))
                .contains(new Limit("problem.tooDeep", "expected.atMostDepth", "2"));
        assertThat(JacksonMessages.limit(readingOf("[1 2]"))).isEmpty();
    }

    @Test
    void the_first_line_drops_where_jackson_says_the_object_started() {
        String message = readingOf("{\"a\": 1").getOriginalMessage();

        assertThat(message).contains("(start marker at [Source: ");
        assertThat(JacksonMessages.firstLine(message)).isEqualTo("Unexpected end-of-input: expected close marker for Object");
        assertThat(JacksonMessages.firstLine("first\nsecond")).isEqualTo("first");
        assertThat(JacksonMessages.firstLine(null)).isEqualTo("unreadable input");
    }

    @Test
    void a_text_that_stops_early_is_truncated_whichever_type_jackson_raises() {
        for (String json : new String[] {"{\"a\": 1", "[1, 2", "{\"a\": \"b", "{\n \"a\": [1,"}) {
            JacksonException e = readingOf(json);
            assertThat(JacksonMessages.truncated(e, JacksonMessages.firstLine(e.getOriginalMessage()))).as(json).isTrue();
        }
        JacksonException comma = readingOf("[1 2]");
        assertThat(JacksonMessages.truncated(comma, comma.getOriginalMessage())).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # json                        | unexpected character | expected
        {"a": 1 "b": 2}               | "                    | expected.comma
        [1 2]                         | 2                    | expected.arrayComma
        {"a": 1, }                    | }                    | expected.propertyName
        {"a" 1}                       | 1                    | expected.colon
        {"a": 1, // renouvellement }  | /                    | expected.noComment
        {"a": ?}                      | ?                    | expected.value
        """)
    void a_syntax_error_names_the_character_and_what_jackson_was_expecting(String json, String character, String expected) {
        String message = messageOf(json);

        assertThat(JacksonMessages.unexpectedCharacter(message)).contains(character);
        assertThat(JacksonMessages.expectation(message)).contains(expected);
        assertThat(JacksonMessages.closeMarker(message)).isEmpty();
        assertThat(JacksonMessages.unrecognizedWord(message)).isEmpty();
    }

    @Test
    void a_closing_bracket_is_the_wrong_one_or_closes_nothing() {
        assertThat(JacksonMessages.closeMarker(messageOf("[1}"))).contains(new CloseMarker("}", "]"));
        assertThat(JacksonMessages.closeMarker(messageOf("{}}"))).contains(new CloseMarker("}", null));
        assertThat(JacksonMessages.unexpectedCharacter(messageOf("[1}"))).isEmpty();
    }

    @Test
    void a_word_a_duplicate_and_a_number_out_of_range_are_quoted() {
        assertThat(JacksonMessages.unrecognizedWord(messageOf("{\"a\": deux}"))).contains("deux");
        assertThat(JacksonMessages.duplicateProperty(messageOf("{\"prs\": 1, \"prs\": 2}"))).contains("prs");
        assertThat(JacksonMessages.outOfRange(messageOf("[3000000000]"))).contains("3000000000");
        assertThat(JacksonMessages.expectation(messageOf("{\"a\": deux}"))).isEmpty();
    }

    @Test
    void content_after_the_document_is_a_trailing_token_of_the_binding() {
        JsonMapper strict = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        String message = JacksonMessages.firstLine(catchThrowableOfType(JacksonException.class,
                () -> strict.readValue("1 2", Integer.class)).getOriginalMessage());

        assertThat(JacksonMessages.trailingToken(message)).as(message).isTrue();
        assertThat(JacksonMessages.trailingToken(messageOf("[1 2]"))).isFalse();
    }
}
