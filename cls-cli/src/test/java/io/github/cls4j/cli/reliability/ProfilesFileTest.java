package io.github.cls4j.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.cli.Cli;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.samples.SampleContracts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profiles file given, or beside the rules of a folder, is honoured or refused in words, never ignored. */
@DisplayName("Profiles from a rule folder or --profiles are honoured, or refused in words")
class ProfilesFileTest {

    private static final String PROFILE = """
            [{"name": "hote", "title": "Profil de l'hôte", "severities": {"CLS-ACT-01": "INFO"}}]
            """;

    @TempDir
    Path dir;

    private Path contract() {
        Path file = dir.resolve("c.json");
        ContractJson.write(SampleContracts.read("000-arras-cua.json"), file);
        return file;
    }

    @Test
    void the_profiles_json_of_a_rules_folder_is_read() throws IOException {
        Path rules = Cli.copyBundledRules(dir.resolve("mes-regles"));
        String bundled = Files.readString(rules.resolve("profiles.json"));
        Files.writeString(rules.resolve("profiles.json"), bundled.strip().replaceFirst("]$", ",\n" + PROFILE.strip().substring(1)));

        Cli.Result r = Cli.run("validate", "--rules", rules.toString(), "--profile", "hote", contract().toString());

        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("hote");
    }

    @Test
    void a_profiles_json_of_a_rules_folder_that_is_garbage_is_refused_with_its_file() throws IOException {
        Path rules = Cli.copyBundledRules(dir.resolve("mes-regles"));
        Files.writeString(rules.resolve("profiles.json"), "{ pas du json");

        Cli.Result r = Cli.run("validate", "--rules", rules.toString(), contract().toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(rules.resolve("profiles.json").toString());
    }

    @Test
    void profiles_given_on_the_command_line_are_used() throws IOException {
        Path profiles = Files.writeString(dir.resolve("profils.json"), PROFILE);

        Cli.Result r = Cli.run("validate", "--profiles", profiles.toString(), "--profile", "hote", contract().toString());
        Cli.Result unknown = Cli.run("validate", "--profile", "hote", contract().toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("hote");
        assertThat(unknown.exit()).isEqualTo(2);
    }
}
