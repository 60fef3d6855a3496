package example.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the host's shaded jar alone, as it is deployed. */
class HostJarIT {

    @Test
    void the_shaded_host_validates_with_every_bundled_rule() throws Exception {
        Path out = Files.createTempFile("host", ".out");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/host.jar", System.getProperty("contract.file"))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);

        assertEquals(0, process.exitValue(), String.join("\n", lines));
        int rules = lines.stream().filter(l -> l.startsWith("rules=")).mapToInt(l -> Integer.parseInt(l.substring(6))).findFirst()
                .orElseThrow(() -> new AssertionError(String.join("\n", lines)));
        assertTrue(rules > 70, "every bundled rule is loaded from the fat jar: " + rules);
        assertTrue(lines.contains("valid=false"), String.join("\n", lines));
        assertTrue(lines.contains("error=CLS-LEG-03 voletSanteMentale"), String.join("\n", lines));
    }
}
