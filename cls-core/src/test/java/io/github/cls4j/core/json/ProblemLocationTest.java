package io.github.cls4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("A problem is located by line, column and JSON path, even where Jackson does not say")
class ProblemLocationTest {

    record Releve(String nom, List<Integer> mesures) {
    }

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(3).build()).build()).build();

    private static final String RELEVE = """
            {
              "nom" : "station",
              "mesures" : [ 1, 22, 4444 ]
            }""";

    /** An exception that gives a path and no location, as Jackson's for a property of a record. */
    private static DatabindException withoutLocation(JacksonException.Reference... path) {
        DatabindException e = DatabindException.from((JsonParser) null, "without location");
        for (int i = path.length - 1; i >= 0; i--) {
            e.prependPath(path[i]);
        }
        return e;
    }

    @Test
    void a_syntax_error_is_where_the_parser_stopped() {
        String text = "{\n  \"nom\" : \"station\",\n  \"mesures\" : [ 1 2 ]\n}";
        JacksonException e = catchThrowableOfType(JacksonException.class, () -> MAPPER.readTree(text));

        assertThat(ProblemLocation.of(e, false, MAPPER, text)).isEqualTo(new ProblemLocation(3, 19, "$.mesures[1]"));
    }

    @Test
    void a_path_without_location_is_found_in_the_text_with_names_escaped_as_a_pointer() {
        String text = "{\n  \"nom\" : \"station\",\n  \"a/b~c\" : [ 1, 2 ]\n}";

        assertThat(ProblemLocation.of(withoutLocation(new JacksonException.Reference(null, "a/b~c")), false, MAPPER, text))
                .isEqualTo(new ProblemLocation(3, 3, "$.a/b~c"));
        assertThat(ProblemLocation.of(withoutLocation(new JacksonException.Reference(null, "a/b~c"),
                new JacksonException.Reference(null, 1)), false, MAPPER, text)).isEqualTo(new ProblemLocation(3, 18, "$.a/b~c[1]"));
    }

    @Test
    void a_limit_gone_past_while_binding_is_where_a_reading_of_the_text_stops_on_it() {
        JacksonException e = catchThrowableOfType(JacksonException.class, () -> MAPPER.readValue(RELEVE, Releve.class));

        assertThat(ProblemLocation.of(e, true, MAPPER, RELEVE)).isEqualTo(new ProblemLocation(3, 24, "$.mesures[2]"));
    }

    @Test
    void a_path_the_text_does_not_hold_keeps_its_path_and_no_position() {
        assertThat(ProblemLocation.of(withoutLocation(new JacksonException.Reference(null, "absent")), false, MAPPER, RELEVE))
                .isEqualTo(new ProblemLocation(0, 0, "$.absent"));
    }
}
