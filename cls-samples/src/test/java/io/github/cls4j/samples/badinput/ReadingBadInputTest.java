package io.github.cls4j.samples.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.json.ContractFormatException;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.core.json.JsonProblem;
import io.github.cls4j.samples.SampleContracts;
import io.github.cls4j.samples.badinput.BadInputs.Case;
import io.github.cls4j.samples.badinput.BadInputs.Layer;
import io.github.cls4j.samples.badinput.BadInputs.ReadError;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The reader refuses each bad input with its position and what was expected, in French and English, and reads the others")
class ReadingBadInputTest {

    /** The texts whose arguments are Jackson's own English message: no input of the corpus may end there. */
    private static final Set<String> JACKSON_TEXTS = Set.of("problem.malformed", "problem.other", "problem.found.other");

    @TempDir
    static Path generated;

    static List<Case> refused() {
        return BadInputs.cases(Layer.READ);
    }

    static List<Case> readable() {
        return BadInputs.cases(Layer.VALIDATE, Layer.ACCEPTED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void each_refused_input_gives_its_problem_at_its_position_in_both_languages(Case c) {
        Path file = BadInputs.path(c, generated);
        ReadError expected = c.error();

        ContractFormatException e = catchThrowableOfType(ContractFormatException.class, () -> ContractJson.read(file));

        assertThat(e).as("%s is refused", c).isNotNull();
        assertThat(e.source()).isEqualTo(file.toString());
        assertThat(e.problems()).hasSize(1);
        JsonProblem p = e.problems().get(0);
        assertThat(p.line()).as("line").isEqualTo(expected.line());
        assertThat(p.column()).as("column").isEqualTo(expected.column());
        assertThat(p.jsonPath()).as("JSON path").isEqualTo(expected.jsonPath());
        assertThat(p.problem().key()).as("problem").isEqualTo(expected.problem()).isNotIn(JACKSON_TEXTS);
        assertThat(p.expected().key()).as("expected").isEqualTo(expected.expected());
        String position = expected.line() + ":" + expected.column() + ": " + expected.jsonPath();
        assertThat(e.message(Locale.FRENCH)).isEqualTo(file + ":" + expected.fr()).startsWith(file + ":" + position + " : ")
                .contains(" ; attendu : ");
        assertThat(e.message(Locale.ENGLISH)).isEqualTo(file + ":" + expected.en()).startsWith(file + ":" + position + ": ")
                .contains("; expected ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readable")
    void each_other_input_reads(Case c) {
        assertThat(ContractJson.read(BadInputs.path(c, generated))).isNotNull();
    }

    @Test
    void a_utf8_byte_order_mark_changes_nothing() {
        Case bom = BadInputs.manifest().cases().stream().filter(c -> c.file().equals("encoding-utf-8-bom.json")).findFirst().orElseThrow();

        ContratLocalSante read = ContractJson.read(BadInputs.path(bom, generated));

        assertThat(read).isEqualTo(SampleContracts.read(bom.base()));
    }
}
