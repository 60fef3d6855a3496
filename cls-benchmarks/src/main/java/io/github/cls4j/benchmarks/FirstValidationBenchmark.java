package io.github.cls4j.benchmarks;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.rules.ValidationReport;
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
 * What a host's first request pays, in a fresh JVM: the first validation of a typical contract by
 * a validator just built, with and without the warm-up that {@code build()} does unless told not
 * to. One shot per fork, many forks: each shot is the first validation of its JVM. Building then
 * validating once, together, is {@code BuildBenchmark.bundledColdThenFirstValidation}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class FirstValidationBenchmark {

    /** Whether the validator warms up when it is built ({@code ContractValidator.Builder.warmUp}). */
    @Param({"true", "false"})
    public boolean warmUp;

    private ContratLocalSante contrat;
    private ValidationContext context;
    private ContractValidator built;

    /** Makes the contract, then builds the validator the first validation is measured on. */
    @Setup
    public void setUp() {
        contrat = new ContractGenerator().generate(ContractShape.TYPICAL);
        context = ValidationContext.asOf(LocalDate.of(2026, 11, 23));
        built = ContractValidator.builder().warmUp(warmUp).build();
    }

    /** The first validation of a validator just built: what the host's first request waits for. */
    @Benchmark
    public ValidationReport firstValidation() {
        return built.validate(contrat, context);
    }
}
