package io.github.cls4j.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Start of the command line: a fresh JVM running {@code java -jar cls.jar validate} on one sample,
 * the whole process, as a user at a terminal sees it. Sample mode gives the median (p0.50).
 * Run from the root of the project, after {@code mvn package}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 3)
@Measurement(iterations = 1, time = 20)
@Fork(1)
public class CliStartBenchmark {

    /**
     * How cls is started: {@code java -jar cls-cli/target/cls.jar}, or the launcher script
     * {@code cls-cli/target/cls} (class-data-sharing archive made on its first run, which
     * the warm-up iteration does, and the C1 compiler only).
     */
    @Param({"java-jar", "launcher"})
    public String start;

    /** The contract it validates. */
    @Param("cls-samples/src/main/resources/io/github/cls4j/samples/contrats/000-arras-cua.json")
    public String contract;

    /** One run of {@code cls validate}; its exit code. */
    @Benchmark
    public int validateOneSample() throws IOException, InterruptedException {
        List<String> command = "launcher".equals(start)
                ? List.of("sh", "cls-cli/target/cls", "validate", contract)
                : List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", "cls-cli/target/cls.jar",
                        "validate", contract);
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.to(new File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        return process.waitFor();
    }
}
