package io.github.cls4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.rules.ContractValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Runs the shaded {@code cls.jar} in a JVM of its own: in a fat jar, kmodule discovery builds an
 * empty rule base without an error, so this is where the bundled rule count must hold.
 */
@DisplayName("The shaded cls.jar loads every bundled rule")
class ShadedJarIT {

    private static final Path JAR = Path.of("target", "cls.jar");

    @Test
    void cls_rules_run_from_the_shaded_jar_lists_the_full_catalogue() throws IOException, InterruptedException {
        assertThat(JAR).exists();
        int expected = ContractValidator.builder().build().catalog().size();
        Path out = Files.createTempFile("cls-rules", ".txt");
        Path err = Files.createTempFile("cls-rules", ".err");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-jar", JAR.toString(), "rules")
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(Files.readString(err)).isZero();
        assertThat(expected).isGreaterThan(6);
        assertThat(lines).last().isEqualTo(expected + " règles");
        assertThat(lines).hasSize(expected + 1).anySatisfy(l -> assertThat(l).startsWith("CLS-LEG-03"));
    }
}
