package io.github.cls4j.benchmarks;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.rules.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Start inside a JVM: the time to build a validator from the bundled rules (compiled at build
 * time) and from a folder of the same DRL (compiled when the validator is built, as for a rule
 * author). "Cold" is the first build in a fresh JVM (one shot per fork, many forks); "warm" is a
 * build in a JVM that has built validators before.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BuildBenchmark {

    private Path folder;

    /** Writes the bundled rules into a folder. */
    @Setup
    public void setUp() throws IOException {
        folder = BundledRules.copyTo(Files.createTempDirectory("cls4j-rules"));
    }

    /** The first validator of a fresh JVM, from the bundled rules. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(10)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public ContractValidator bundledCold() {
        return ContractValidator.builder().build();
    }

    /**
     * Building a validator from the bundled rules then validating a typical contract once, in a
     * fresh JVM: what a host waits for from its start to its first report.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(10)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public ValidationReport bundledColdThenFirstValidation(TypicalContract typical) {
        return ContractValidator.builder().warmUp(typical.warmUp).build().validate(typical.contrat, typical.context);
    }

    /** The typical contract, made before the validator is built. */
    @State(Scope.Benchmark)
    public static class TypicalContract {

        /** Whether {@code build()} warms up ({@code ContractValidator.Builder.warmUp}). */
        @Param({"true", "false"})
        public boolean warmUp;

        ContratLocalSante contrat;
        ValidationContext context;

        /** Makes the contract only, so that the JVM has built no validator yet. */
        @Setup
        public void setUp() {
            contrat = new ContractGenerator().generate(ContractShape.TYPICAL);
            context = ValidationContext.asOf(LocalDate.of(2026, 11, 23));
        }
    }

    /** A validator from the bundled rules, in a JVM that has built some. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Fork(1)
    @Warmup(iterations = 3, time = 5)
    @Measurement(iterations = 5, time = 5)
    public ContractValidator bundledWarm() {
        return ContractValidator.builder().build();
    }

    /** The first validator of a fresh JVM, from a folder of DRL. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public ContractValidator folderCold() {
        return ContractValidator.builder().rules(folder).build();
    }

    /** A validator from a folder of DRL, in a JVM that has compiled some. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Fork(1)
    @Warmup(iterations = 3, time = 10)
    @Measurement(iterations = 5, time = 10)
    public ContractValidator folderWarm() {
        return ContractValidator.builder().rules(folder).build();
    }
}
