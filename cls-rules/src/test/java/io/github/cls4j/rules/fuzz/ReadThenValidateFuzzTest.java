package io.github.cls4j.rules.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.json.ContractFormatException;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.rules.ValidationReport;
import io.github.cls4j.rules.Validators;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;

/**
 * What a host does with a file it is sent: read the bytes as a contract, then, if they read,
 * validate it. Reading may fail only with the documented {@link ContractFormatException} (the
 * input is in memory, so no {@code UncheckedIOException}); validating may not fail at all (its
 * one documented exception is for an unknown profile, and the profile here is the region's).
 * Any other exception, or a failed assertion, is a finding.
 *
 * <p>Two modes (Jazzer fuzzes when {@code JAZZER_FUZZ}, an environment variable or system
 * property, is {@code 1}, {@code true} or {@code yes}):
 *
 * <ul>
 *   <li>regression, in the default test run: the empty input and every file of the inputs
 *       directory (see the package documentation), each as one test;
 *   <li>fuzzing, coverage-guided, in the {@code fuzz} execution of surefire in cls-rules' POM:
 *       45 s in every build (after 10 to 20 s of start and instrumentation), or longer with
 *       {@code mvn -B -pl cls-rules -am test -Dtest=ReadThenValidateFuzzTest
 *       -Dsurefire.failIfNoSpecifiedTests=false -Dcls4j.fuzz.duration=30m}. The corpus grows in
 *       {@code cls-rules/target/fuzz/.cifuzz-corpus/} from run to run until {@code mvn clean}. A
 *       failing input fails the build and is written to {@code cls-rules/target/fuzz/crash-SHA1}
 *       (the console prints it, and its Base64): copy it into the inputs directory, under a name
 *       that says what it broke, to keep it as a regression test.
 * </ul>
 */
@DisplayName("Any bytes read then validated: only the documented exceptions escape")
class ReadThenValidateFuzzTest {

    private static final String SOURCE = "fuzz.json";

    /** Without an as-of date in French; with one (what is due is judged) in English. */
    private static final List<ValidationContext> CONTEXTS = List.of(
            ValidationContext.defaults(),
            ValidationContext.asOf(LocalDate.of(2026, 11, 23)).withLocale(Locale.ENGLISH));

    @FuzzTest
    void readThenValidate(byte[] input) {
        ContratLocalSante contrat;
        try {
            // Through a stream of bytes, as a host gets a file: the reader decodes UTF-8 itself.
            contrat = ContractJson.read(new ByteArrayInputStream(input), SOURCE);
        } catch (ContractFormatException e) {
            // The documented failure; the command line prints it in French, so that must work too.
            assertThat(e.problems()).isNotEmpty();
            assertThat(e.message(Locale.FRENCH)).startsWith(SOURCE);
            return;
        }
        for (ValidationContext context : CONTEXTS) {
            ValidationReport report = Validators.BUNDLED.validate(contrat, context);
            assertThat(report.asOf()).isEqualTo(context.asOf());
        }
    }
}
