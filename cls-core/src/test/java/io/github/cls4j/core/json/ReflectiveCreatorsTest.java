package io.github.cls4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("Records are made by reflection as Jackson would make them, and what their constructor throws is reported with its path")
class ReflectiveCreatorsTest {

    record Mesure(int valeur, boolean atteinte, LocalDate jour, List<String> sources) {
    }

    record Serie(String nom, List<Mesure> mesures) {
    }

    /** A constructor that refuses a value, as no model constructor does, to see how it is reported. */
    record Refusee(String code) {
        Refusee {
            if ("X".equals(code)) {
                throw new IllegalArgumentException("code X refusé");
            }
        }
    }

    /** A factory method, which is left to Jackson. */
    record Fabriquee(String code) {
        @JsonCreator
        static Fabriquee de(@JsonProperty("code") String code) {
            return new Fabriquee(code.toUpperCase(java.util.Locale.ROOT));
        }
    }

    private static final JsonMapper JACKSON = JsonMapper.builder().build();
    private static final JsonMapper REFLECTIVE = JsonMapper.builder().addModule(ReflectiveCreators.module()).build();

    private static final String SERIE = """
            {"nom": "taux", "mesures": [
              {"valeur": 3, "atteinte": true, "jour": "2024-05-01", "sources": ["INSEE", "ARS"]},
              {"valeur": -1, "jour": null}
            ]}""";

    @Test
    void a_nested_record_with_primitives_dates_lists_and_absent_values_reads_as_jackson_reads_it() {
        Serie reflective = REFLECTIVE.readValue(SERIE, Serie.class);

        assertThat(reflective).isEqualTo(JACKSON.readValue(SERIE, Serie.class));
        assertThat(reflective.mesures().get(1)).isEqualTo(new Mesure(-1, false, null, null));
    }

    @Test
    void what_a_constructor_throws_is_reported_with_its_cause_and_path_as_jackson_reports_it() {
        String json = "{\"nom\": \"s\", \"liste\": [{\"code\": \"A\"}, {\"code\": \"X\"}]}";
        record Liste(String nom, List<Refusee> liste) {
        }

        DatabindException reflective = catchThrowableOfType(DatabindException.class, () -> REFLECTIVE.readValue(json, Liste.class));
        DatabindException jackson = catchThrowableOfType(DatabindException.class, () -> JACKSON.readValue(json, Liste.class));

        assertThat(reflective).isNotNull().hasRootCauseInstanceOf(IllegalArgumentException.class).hasRootCauseMessage("code X refusé");
        assertThat(reflective.getClass()).isEqualTo(jackson.getClass());
        assertThat(reflective.getPathReference()).isEqualTo(jackson.getPathReference()).contains("liste").contains("[1]");
        assertThat(reflective.getOriginalMessage()).isEqualTo(jackson.getOriginalMessage());
    }

    @Test
    void the_constructor_is_called_through_reflection_where_jackson_would_call_a_method_handle() {
        String json = "{\"code\": \"X\"}";

        assertThat(calledThrough(REFLECTIVE, json)).contains("java.lang.reflect.Constructor.newInstance");
        assertThat(calledThrough(JACKSON, json)).doesNotContain("java.lang.reflect.Constructor.newInstance")
                .contains("java.lang.invoke.MethodHandle.invokeWithArguments");
    }

    /** The frames between Jackson's instantiator and the constructor that threw. */
    private static List<String> calledThrough(JsonMapper mapper, String json) {
        Throwable thrown = catchThrowableOfType(DatabindException.class, () -> mapper.readValue(json, Refusee.class));
        while (thrown.getCause() != null) {
            thrown = thrown.getCause();
        }
        return java.util.Arrays.stream(thrown.getStackTrace()).map(f -> f.getClassName() + "." + f.getMethodName()).toList();
    }

    @Test
    void a_factory_method_is_left_to_jackson() {
        assertThat(REFLECTIVE.readValue("{\"code\": \"ab\"}", Fabriquee.class)).isEqualTo(new Fabriquee("AB"));
    }
}
