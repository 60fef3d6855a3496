package io.github.cls4j.benchmarks;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.rules.ValidationLimits;
import io.github.cls4j.rules.ValidationReport;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whether the time of a validation grows linearly with the contract, from 10 to 300,000 fiches
 * action (the typical contract with N actions and 2N indicators, all bundled rules): divide each
 * figure by its number of actions. The heap is fixed, so that its growth does not fall inside a
 * measurement (a contract of 300,000 actions holds about a million elements), and the time limit
 * of a validation is raised above the largest one's. The heap is touched when the JVM starts
 * ({@code -XX:+AlwaysPreTouch}): otherwise the small sizes, which collect seldom in 8 GB, keep
 * allocating in memory the system gives them for the first time, and paid for it (10 actions:
 * 1.55 ms against 0.31 ms pre-touched, docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class GrowthBenchmark {

    /** The number of fiches action. */
    @Param({"10", "1000", "10000", "300000"})
    public int actions;

    private ContractValidator validator;
    private ContratLocalSante contrat;
    private final ValidationContext context = ValidationContext.asOf(LocalDate.of(2026, 11, 23));

    /** Builds the validator and the contract once. */
    @Setup
    public void setUp() {
        validator = ContractValidator.builder().limits(ValidationLimits.defaults().withTime(Duration.ofMinutes(10))).build();
        contrat = new ContractGenerator().generate(ContractShape.withActions(actions));
    }

    /** One validation. */
    @Benchmark
    public ValidationReport validate() {
        return validator.validate(contrat, context);
    }
}
