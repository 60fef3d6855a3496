package io.github.cls4j.benchmarks;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.rules.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
 * The limit: ten rules by hand in plain Java ({@link HandWrittenRules}) against a validator built
 * from the same ten DRL rules, on the same contract. The validator also runs Bean Validation and
 * builds a report; {@code oneIdleRule} measures that fixed part with a rule that never fires on
 * these contracts, so that the rules' own cost can be told apart.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TenRulesBenchmark {

    /** The shape of the contract. */
    @Param({"typical", "actions-1000"})
    public String shape;

    private ContractValidator tenRules;
    private ContractValidator oneIdleRule;
    private ContratLocalSante contrat;
    private final ValidationContext context = ValidationContext.asOf(LocalDate.of(2026, 11, 23));

    /** Builds the two validators from folders of bundled rules, and the contract. */
    @Setup
    public void setUp() throws IOException {
        tenRules = ContractValidator.builder()
                .rules(BundledRules.copyTo(Files.createTempDirectory("ten-rules"), HandWrittenRules.IDS)).build();
        oneIdleRule = ContractValidator.builder()
                .rules(BundledRules.copyTo(Files.createTempDirectory("idle-rule"), Set.of("CLS-COH-01"))).build();
        contrat = new ContractGenerator().generate(ContractShape.named(shape));
    }

    /** The ten rules by hand. */
    @Benchmark
    public List<String> handWritten() {
        return HandWrittenRules.check(contrat);
    }

    /** The ten rules through the validator. */
    @Benchmark
    public ValidationReport drools() {
        return tenRules.validate(contrat, context);
    }

    /** The validator's fixed part: Bean Validation, a session, the facts, a report. */
    @Benchmark
    public ValidationReport oneIdleRule() {
        return oneIdleRule.validate(contrat, context);
    }
}
