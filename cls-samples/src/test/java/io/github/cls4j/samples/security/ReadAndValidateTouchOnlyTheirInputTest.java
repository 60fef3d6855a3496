package io.github.cls4j.samples.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.rules.ValidationReport;
import io.github.cls4j.samples.SampleContracts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * cls4j never writes a file, opens a socket or starts a process while it reads and validates:
 * the samples are read from their files and validated under an {@link IoGuard} that lets them
 * read those files and the class path only. The validator is built before: loading the rules
 * reads the class path, which the guard allows anyway, and is not what a host does per contract.
 *
 * <p>Runs alone in its own JVM (a security manager is global), on JDK 17 to 23: see the {@code
 * security-manager} profile of cls-samples' POM.
 */
@DisplayName("Reading and validating touch their input and the class path only: no other file, no socket, no process")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadAndValidateTouchOnlyTheirInputTest {

    private static final ValidationContext CONTEXT = ValidationContext.asOf(SampleContracts.EXPECTED_AS_OF);

    @Test
    @Order(1)
    void every_sample_reads_and_validates_under_the_guard_to_the_report_it_gets_without(@TempDir Path dir) {
        ContractValidator validator = ContractValidator.builder().build();
        // Copied out of the class path, which the guard lets code read: only these files are inputs.
        List<Path> samples = SampleContracts.names().stream().map(name -> copy(name, dir)).toList();
        IoGuard guard = IoGuard.allowingReadsOf(samples);

        // Guarded first (and this test first), in a JVM that has read and validated nothing yet:
        // what is done once, on first use, is done under the guard.
        List<ValidationReport> guarded = new ArrayList<>();
        Throwable failure = catchThrowable(() -> guarded.addAll(guard.run(() -> readAndValidate(validator, samples))));
        List<ValidationReport> unguarded = readAndValidate(validator, samples);

        // The denials first: the code denied may have turned the SecurityException into another.
        assertThat(guard.denials()).isEmpty();
        assertThat(failure).isNull();
        assertThat(guarded).hasSize(SampleContracts.names().size()).isEqualTo(unguarded);
    }

    @Test
    @Order(2)
    void the_guard_denies_and_records_a_file_write_a_foreign_read_a_connection_and_a_process(@TempDir Path dir)
            throws IOException {
        Path foreign = Files.writeString(dir.resolve("foreign.json"), "{}");
        Path written = dir.resolve("written.json");
        IoGuard guard = IoGuard.allowingReadsOf(List.of());

        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            guard.run(() -> {
                assertThatThrownBy(() -> Files.writeString(written, "{}")).isInstanceOf(SecurityException.class);
                assertThatThrownBy(() -> ContractJson.read(foreign)).isInstanceOf(SecurityException.class);
                assertThatThrownBy(() -> connect(server)).isInstanceOf(SecurityException.class);
                assertThatThrownBy(() -> new ProcessBuilder("true").start()).isInstanceOf(SecurityException.class);
                return null;
            });
        }

        assertThat(written).doesNotExist();
        List<String> denials = guard.denials();
        assertThat(denials).anySatisfy(d -> assertThat(d).contains(written.toString(), "\"write\""));
        assertThat(denials).anySatisfy(d -> assertThat(d).contains(foreign.toString(), "\"read\""));
        assertThat(denials).anySatisfy(d -> assertThat(d).contains("SocketPermission", "connect"));
        assertThat(denials).anySatisfy(d -> assertThat(d).contains("FilePermission", "\"execute\""));
        // Nothing else: a connection is checked as a resolve, then a connect, both of the loopback.
        assertThat(denials).hasSizeBetween(4, 5).allSatisfy(d -> assertThat(d).containsAnyOf(
                written.toString(), foreign.toString(), "\"127.0.0.1", "\"execute\""));
        // The reads it grants work, guarded: the guard itself does not break reading.
        assertThat(IoGuard.allowingReadsOf(List.of(foreign)).run(() -> read(foreign))).isEqualTo("{}");
    }

    private static List<ValidationReport> readAndValidate(ContractValidator validator, List<Path> samples) {
        return samples.stream().map(f -> validator.validate(ContractJson.read(f), CONTEXT)).toList();
    }

    private static Path copy(String sample, Path dir) {
        try (InputStream in = SampleContracts.class.getResourceAsStream(SampleContracts.FOLDER + sample)) {
            assertThat(in).as(sample).isNotNull();
            Path file = dir.resolve(sample);
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void connect(ServerSocket server) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.getInetAddress(), server.getLocalPort()));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
