package io.github.cls4j.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.cli.Cli;
import io.github.cls4j.cli.command.ClsCommand;
import io.github.cls4j.cli.output.StandardOutput;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.samples.SampleContracts;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user gave is never destroyed, and a report that could not be written is never a silent
 * success (docs/reliability.md, "Nothing lost").
 */
@DisplayName("Nothing a user gave is destroyed, and no lost report is a success")
class NothingLostTest {

    private static final String ARRAS = "000-arras-cua.json";

    @TempDir
    Path dir;

    private Path contract(Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(name);
        ContractJson.write(SampleContracts.read(ARRAS), file);
        return file;
    }

    @Test
    void an_output_that_is_one_of_the_inputs_is_refused_and_the_contract_kept() throws IOException {
        Path file = contract(dir, "c.json");
        byte[] before = Files.readAllBytes(file);

        Cli.Result r = Cli.run("validate", "-o", file.toString(), file.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("-o " + file + " : c'est un des contrats lus ; le rapport le remplacerait.");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void the_same_file_by_another_path_is_the_same_input() throws IOException {
        Path file = contract(dir.resolve("dossier"), "c.json");
        Path other = dir.resolve("dossier").resolve("..").resolve("dossier").resolve("c.json");

        assertThat(Cli.run("validate", "-o", other.toString(), file.toString()).exit()).isEqualTo(2);
        assertThat(Files.readString(file)).startsWith("{");
    }

    @Test
    void an_output_that_a_folder_read_would_read_as_a_contract_is_refused() throws IOException {
        Path folder = dir.resolve("dossier");
        Path b = contract(folder, "b.json");
        byte[] before = Files.readAllBytes(b);

        Cli.Result json = Cli.run("validate", "--format", "json", "-o", b.toString(), folder.toString());
        Cli.Result beside = Cli.run("validate", "--lang", "en", "-o", folder.resolve("rapport.JSON").toString(), folder.toString());

        assertThat(json.exit()).isEqualTo(2);
        assertThat(json.err()).contains("le dossier " + folder + " est lu");
        assertThat(Files.readAllBytes(b)).isEqualTo(before);
        assertThat(beside.exit()).isEqualTo(2);
        assertThat(beside.err()).contains("the folder " + folder + " is read");
        assertThat(folder.resolve("rapport.JSON")).doesNotExist();
    }

    @Test
    void a_report_beside_the_contracts_under_another_name_is_written() throws IOException {
        Path folder = dir.resolve("dossier");
        contract(folder, "b.json");
        Path report = folder.resolve("rapport.txt");

        Cli.Result r = Cli.run("validate", "-o", report.toString(), folder.toString());

        assertThat(r.exit()).isZero();
        assertThat(Files.readString(report)).contains("b.json — HDF-CUA-ARRAS — ");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file is left").containsOnly("b.json", "rapport.txt");
        }
    }

    @Test
    void a_report_replaces_the_previous_one_whole() throws IOException {
        Path file = contract(dir, "c.json");
        Path report = dir.resolve("rapport.txt");
        Files.writeString(report, "ancien rapport");

        assertThat(Cli.run("validate", "-o", report.toString(), file.toString()).exit()).isZero();

        assertThat(Files.readString(report)).doesNotContain("ancien rapport").contains("c.json — HDF-CUA-ARRAS — ");
    }

    @Test
    void a_standard_output_that_fails_is_said_and_exits_2() throws IOException {
        Path file = contract(dir, "c.json");
        StringWriter err = new StringWriter();
        StandardOutput full = StandardOutput.on(new Failing("No space left on device"), StandardCharsets.UTF_8);

        int exit = ClsCommand.run(full, new PrintWriter(err, true), "validate", file.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("Impossible d'écrire le rapport sur la sortie standard.");
    }

    @Test
    void a_reader_that_leaves_early_ends_the_run_quietly() throws IOException {
        Path file = contract(dir, "c.json");
        StringWriter err = new StringWriter();
        StandardOutput pipe = StandardOutput.on(new Failing("Broken pipe"), StandardCharsets.UTF_8);

        int exit = ClsCommand.run(pipe, new PrintWriter(err, true), "validate", file.toString());

        assertThat(exit).isZero();
        assertThat(err.toString()).isEmpty();
    }

    /** A stream whose every write fails as a full disk or a closed pipe does. */
    private static final class Failing extends OutputStream {

        private final String reason;

        Failing(String reason) {
            this.reason = reason;
        }

        @Override
        public void write(int b) throws IOException {
            throw new IOException(reason);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException(reason);
        }
    }
}
