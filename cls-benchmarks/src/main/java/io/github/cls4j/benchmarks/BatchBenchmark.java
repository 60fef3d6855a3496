package io.github.cls4j.benchmarks;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.rules.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Batch: a region's night run, 10,000 typical contracts through
 * {@link ContractValidator#validateAll(List, ValidationContext, java.util.concurrent.Executor)} on
 * a pool of 1 or 2 threads. Contracts per second = the contracts of a batch / the time of one batch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class BatchBenchmark {

    /** The number of contracts in a batch: 10,000 for the budget, fewer for a smoke run. */
    @Param("10000")
    public int contracts;

    /** The threads of the host's pool. */
    @Param({"1", "2"})
    public int threads;

    private ContractValidator validator;
    private List<ContratLocalSante> contrats;
    private ExecutorService pool;
    private final ValidationContext context = ValidationContext.asOf(LocalDate.of(2026, 11, 23));

    /** Builds the validator, the contracts and the pool once. */
    @Setup
    public void setUp() {
        validator = ContractValidator.builder().build();
        ContractGenerator generator = new ContractGenerator();
        contrats = new ArrayList<>(contracts);
        for (int i = 0; i < contracts; i++) {
            // Distinct instances, as a batch read from files would be.
            contrats.add(generator.generate(ContractShape.TYPICAL));
        }
        pool = Executors.newFixedThreadPool(threads);
    }

    /** Stops the pool. */
    @TearDown
    public void tearDown() {
        pool.shutdownNow();
    }

    /** One batch. */
    @Benchmark
    public List<ValidationReport> batch() {
        return validator.validateAll(contrats, context, pool);
    }
}
