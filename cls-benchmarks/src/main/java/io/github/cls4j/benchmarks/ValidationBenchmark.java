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
 * Steady state: one validation of a contract of each shape on one thread, with the full bundled
 * rule set, as an editor re-validating a contract on every change does. Sample mode gives the
 * average and the percentiles (p99); the growth shapes (actions-10 … actions-5000) show whether
 * the time grows linearly with the contract. Each shape runs without and with explanations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
public class ValidationBenchmark {

    /** The shape of the contract: small, typical, large, or actions-N. */
    @Param({"small", "typical", "large", "actions-10", "actions-100", "actions-1000", "actions-5000"})
    public String shape;

    /**
     * Whether the findings carry their explanations ({@code ValidationContext.withExplanations()}):
     * both in one run, so that what explaining costs, and that not explaining costs nothing, are
     * read side by side.
     */
    @Param({"false", "true"})
    public boolean explain;

    private ContractValidator validator;
    private ContratLocalSante contrat;
    private ValidationContext context;

    /** Builds the validator and the contract once. */
    @Setup
    public void setUp() {
        validator = ContractValidator.builder().build();
        contrat = new ContractGenerator().generate(ContractShape.named(shape));
        ValidationContext asOf = ValidationContext.asOf(LocalDate.of(2026, 11, 23));
        context = explain ? asOf.withExplanations() : asOf;
    }

    /** One validation. */
    @Benchmark
    public ValidationReport validate() {
        return validator.validate(contrat, context);
    }
}
