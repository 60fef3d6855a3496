package io.github.cls4j.cli.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.cli.Cli;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.Finding;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.samples.ExpectedReport;
import io.github.cls4j.samples.SampleContracts;
import io.github.cls4j.samples.badinput.BadInputs.Case;
import io.github.cls4j.samples.badinput.BadInputs.Layer;
import io.github.cls4j.samples.badinput.BadInputs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code cls validate} on every input of the corpus at once, then a file that does not exist and
 * one valid contract, run four times: in French (the default) and English, as text and as JSON.
 * Each run is made once; each input is then checked in each run on its own.
 */
@DisplayName("cls validate on the whole bad-input corpus: exit 2, each bad file reported with its position in the user's language, the others still validated, no stack trace")
class CommandLineBadInputTest {

    /** A line of a Java stack trace, or the name of an exception class: neither may reach a user. */
    private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|\\b\\w+(Exception|Error)\\b");
    /** The valid contract given after the corpus: its report must be there, the batch going on past the bad files. */
    private static final String GOOD = "002-hdf-charte-deuxieme-generation.json";

    /** The four runs. */
    enum Run {
        TEXT_FR(Locale.FRENCH, "text"),
        TEXT_EN(Locale.ENGLISH, "text"),
        JSON_FR(Locale.FRENCH, "json"),
        JSON_EN(Locale.ENGLISH, "json");

        final Locale locale;
        final String format;

        Run(Locale locale, String format) {
            this.locale = locale;
            this.format = format;
        }

        boolean french() {
            return locale == Locale.FRENCH;
        }
    }

    @TempDir
    static Path dir;

    private static final Map<Run, Cli.Result> RESULTS = new EnumMap<>(Run.class);
    private static final List<Case> CASES = BadInputs.manifest().cases();
    private static final ContractValidator VALIDATOR = ContractValidator.builder().build();
    private static Path good;
    private static Path missing;

    @BeforeAll
    static void runEachWayOnce() {
        good = dir.resolve(GOOD);
        ContractJson.write(SampleContracts.read(GOOD), good);
        List<String> files = new ArrayList<>(CASES.stream().map(c -> path(c).toString()).toList());
        missing = dir.resolve("absent.json");
        files.add(missing.toString());
        files.add(good.toString());
        for (Run run : Run.values()) {
            List<String> args = new ArrayList<>(List.of("validate", "--as-of", BadInputs.manifest().asOf().toString()));
            if (!run.french()) {
                // French is the default: the French runs give no --lang.
                args.addAll(List.of("--lang", "en"));
            }
            if (run.format.equals("json")) {
                args.addAll(List.of("--format", "json"));
            }
            args.addAll(files);
            RESULTS.put(run, Cli.run(args.toArray(String[]::new)));
        }
    }

    private static Path path(Case c) {
        return BadInputs.path(c, dir);
    }

    static Stream<Arguments> eachCaseInEachRun() {
        return Arrays.stream(Run.values()).flatMap(run -> CASES.stream().map(c -> Arguments.of(run, c)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Run.class)
    void the_run_exits_with_two_reports_the_valid_contract_and_prints_no_stack_trace(Run run) {
        Cli.Result r = RESULTS.get(run);
        // The refused inputs and the missing file.
        long unusable = CASES.stream().filter(c -> c.layer() == Layer.READ).count() + 1;
        int inputs = CASES.size() + 2;

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).doesNotContainPattern(STACK_TRACE);
        assertThat(r.err()).doesNotContainPattern(STACK_TRACE).contains(missing.toString());
        if (run.format.equals("json")) {
            JsonNode report = JsonMapper.builder().build().readTree(r.out());
            assertThat(report.size()).isEqualTo(inputs);
            assertThat(entry(r, missing.toString()).get("error").asString()).contains(missing.toString());
            JsonNode last = report.get(inputs - 1);
            assertThat(last.get("source").asString()).isEqualTo(good.toString());
            assertThat(last.get("contract").asString()).isEqualTo(SampleContracts.read(GOOD).id());
        } else {
            assertThat(r.out()).contains(good + " — " + SampleContracts.read(GOOD).id() + " — ")
                    .contains(run.french()
                            ? inputs + " contrats : " : inputs + " contracts: ")
                    .contains(run.french() ? unusable + " inutilisable(s)" : unusable + " unusable");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("eachCaseInEachRun")
    void each_input_is_reported_with_its_position_in_the_language_of_the_run(Run run, Case c) {
        Cli.Result r = RESULTS.get(run);
        String source = path(c).toString();
        boolean json = run.format.equals("json");
        if (c.layer() == Layer.READ) {
            String line = source + ":" + (run.french() ? c.error().fr() : c.error().en());
            assertThat(r.err()).as("standard error").contains(line);
            if (json) {
                JsonNode entry = entry(r, source);
                assertThat(entry.get("error").asString()).isEqualTo(line);
                JsonNode problem = entry.get("problems").get(0);
                assertThat(problem.get("line").asInt()).isEqualTo(c.error().line());
                assertThat(problem.get("column").asInt()).isEqualTo(c.error().column());
                assertThat(problem.get("jsonPath").asString()).isEqualTo(c.error().jsonPath());
                assertThat(line).contains(problem.get("problem").asString(), problem.get("expected").asString());
            }
        } else {
            List<Finding> added = added(c, run.locale);
            if (json) {
                JsonNode entry = entry(r, source);
                assertThat(entry.has("error")).as("an error for a contract that reads").isFalse();
                List<String> reported = StreamSupport.stream(entry.get("findings").spliterator(), false)
                        .map(f -> f.get("ruleId").asString() + " " + f.get("path").asString() + " " + f.get("message").asString()).toList();
                added.forEach(f -> assertThat(reported).contains(f.ruleId() + " " + ExpectedReport.path(f.path()) + " " + f.message()));
            } else {
                String block = block(r.out(), source).orElseThrow(() -> new AssertionError("no report for " + source));
                // The message, after the element it concerns in words unless that is the contract itself.
                added.forEach(f -> assertThat(block).containsPattern("(?m)^  \\S+ +" + Pattern.quote(f.ruleId()) + " +"
                        + Pattern.quote(ExpectedReport.path(f.path())) + " +([^\\n]+ ?: )?" + Pattern.quote(f.message()) + "$"));
            }
        }
    }

    /** The findings the manifest expects of a case beyond its base's, as the validator writes them in {@code locale}. */
    private static List<Finding> added(Case c, Locale locale) {
        ValidationContext context = ValidationContext.asOf(BadInputs.manifest().asOf()).withLocale(locale);
        ContratLocalSante contrat = ContractJson.read(path(c));
        List<String> expected = new ArrayList<>(c.findings());
        List<Finding> added = new ArrayList<>();
        for (Finding f : VALIDATOR.validate(contrat, context).findings()) {
            if (expected.remove(ExpectedReport.line(f))) {
                added.add(f);
            }
        }
        assertThat(expected).as("findings of the manifest the validator does not give").isEmpty();
        return added;
    }

    /** The entry of the JSON report for {@code source}. */
    private static JsonNode entry(Cli.Result r, String source) {
        JsonNode report = JsonMapper.builder().build().readTree(r.out());
        return StreamSupport.stream(report.spliterator(), false).filter(e -> e.get("source").asString().equals(source))
                .findFirst().orElseThrow(() -> new AssertionError("no entry for " + source));
    }

    /** The block of the text report that starts with {@code source}. */
    private static Optional<String> block(String out, String source) {
        return Arrays.stream(out.split("\\R\\R")).filter(b -> b.startsWith(source + " — ")).findFirst();
    }
}
