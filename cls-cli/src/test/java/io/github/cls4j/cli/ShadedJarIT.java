package io.github.cls4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.samples.SampleContracts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Runs the shaded {@code cls.jar} in a JVM of its own, with nothing else on the class path: in a
 * fat jar, kmodule discovery builds an empty rule base without an error, so this is where the
 * bundled rule count must hold, and where the logging of the libraries must stay silent.
 */
@DisplayName("The shaded cls.jar runs alone, with every bundled rule, and prints nothing but its reports")
class ShadedJarIT {

    private static final Path JAR = Path.of("target", "cls.jar");

    /** What a run of cls.jar printed. */
    private record Run(int exit, List<String> out, String err) {
    }

    private static Run cls(String... args) throws IOException, InterruptedException {
        assertThat(JAR).exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return run(command);
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        return run(command, Map.of());
    }

    /** Runs {@code command} with the variables of {@code environment} set, those with an empty value removed. */
    private static Run run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        Path out = Files.createTempFile("cls", ".out");
        Path err = Files.createTempFile("cls", ".err");
        ProcessBuilder builder = new ProcessBuilder(command);
        environment.forEach((name, value) -> {
            if (value.isEmpty()) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void cls_rules_lists_the_full_catalogue() throws IOException, InterruptedException {
        int expected = ContractValidator.builder().build().catalog().size();

        Run run = cls("rules");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(expected).isGreaterThan(6);
        assertThat(run.out()).last().isEqualTo(expected + " règles");
        assertThat(run.out()).hasSize(expected + 1).anySatisfy(l -> assertThat(l).startsWith("CLS-LEG-03"));
    }

    @Test
    void the_readme_s_first_command_prints_the_reports_of_the_five_seeds_in_utf8_and_nothing_on_stderr()
            throws IOException, InterruptedException {
        // Without -Dfile.encoding: the reports are UTF-8 whatever the platform's default.
        Run run = cls("validate", "--samples");

        assertThat(run.exit()).as(run.err()).isZero();
        // No SLF4J provider warning, no Hibernate Validator version line.
        assertThat(run.err()).isEmpty();
        for (String seed : SampleContracts.seeds()) {
            assertThat(run.out()).anySatisfy(l -> assertThat(l).startsWith(seed + " — "));
        }
        assertThat(run.out()).contains("5 contrats : 5 conforme(s), 0 non conforme(s), 0 inutilisable(s)")
                .anySatisfy(l -> assertThat(l).contains("Contrat Local de Santé de la Communauté Urbaine d'Arras"));
    }

    @Test
    void the_launcher_makes_its_class_data_archive_on_the_first_run_and_prints_the_same_reports() throws Exception {
        List<String> launcher = List.of("sh", "target/cls", "validate", "--samples");
        try (var archives = Files.list(Path.of("target"))) {
            for (Path archive : archives.filter(p -> p.toString().endsWith(".jsa")).toList()) {
                Files.delete(archive);
            }
        }
        Run first = run(launcher);
        Run second = run(launcher);
        Run plain = cls("validate", "--samples");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(second.err()).isEmpty();
        try (var archives = Files.list(Path.of("target"))) {
            assertThat(archives.filter(p -> p.getFileName().toString().matches("cls-.+\\.jsa"))).hasSize(1);
        }
        assertThat(second.out()).isEqualTo(first.out()).isEqualTo(plain.out());
    }

    @Test
    void the_launcher_makes_its_archive_again_for_a_jar_replaced_in_place() throws Exception {
        Path install = installed();
        List<String> launcher = launcherIn(install);
        Run first = run(launcher);
        long now = replacedInPlace(install, onlyArchiveIn(install));

        Run second = run(launcher);
        FileTime remade = Files.getLastModifiedTime(onlyArchiveIn(install));
        Run third = run(launcher);

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err() + second.err() + third.err()).isEmpty();
        assertThat(second.out()).isEqualTo(first.out()).isEqualTo(third.out());
        assertThat(remade.toMillis()).as("the archive made again for the new jar").isGreaterThanOrEqualTo(now - 1_000);
        assertThat(Files.getLastModifiedTime(onlyArchiveIn(install))).as("and kept once made").isEqualTo(remade);
    }

    @Test
    void the_launcher_removes_the_archives_of_the_jars_it_replaced_and_keeps_those_of_other_javas() throws Exception {
        Path install = installed();
        List<String> launcher = launcherIn(install);
        Run first = run(launcher);
        String made = onlyArchiveIn(install).getFileName().toString();
        String version = made.substring("cls-".length(), made.lastIndexOf('-'));
        // What an upgrade leaves: the archive of the jar before, of another size; and one of another Java.
        Path ofTheJarBefore = Files.writeString(install.resolve("cls-" + version + "-123.jsa"), "old");
        Path ofAnotherJava = Files.writeString(install.resolve("cls-0.0.0_autre-123.jsa"), "other");
        replacedInPlace(install, install.resolve(made));

        Run second = run(launcher);

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(second.err()).isEmpty();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(ofTheJarBefore).doesNotExist();
        assertThat(ofAnotherJava).exists();
        assertThat(install.resolve(made)).exists();
    }

    /** A folder where the launcher and the jar are installed, as a user would copy them. */
    private static Path installed() throws IOException {
        Path install = Files.createTempDirectory("cls");
        Files.copy(Path.of("target", "cls"), install.resolve("cls"));
        Files.copy(JAR, install.resolve("cls.jar"));
        return install;
    }

    /**
     * Makes {@code install} look upgraded in place: its {@code archive} made for the jar before, an
     * hour ago; the jar since, half an hour ago.
     *
     * @return the time it was done, in milliseconds
     */
    private static long replacedInPlace(Path install, Path archive) throws IOException {
        long now = System.currentTimeMillis();
        Files.setLastModifiedTime(archive, FileTime.fromMillis(now - 3_600_000));
        Files.setLastModifiedTime(install.resolve("cls.jar"), FileTime.fromMillis(now - 1_800_000));
        return now;
    }

    /** The launcher installed in {@code install}, validating the samples. */
    private static List<String> launcherIn(Path install) {
        return List.of("sh", install.resolve("cls").toString(), "validate", "--samples");
    }

    private static Path onlyArchiveIn(Path folder) throws IOException {
        try (var archives = Files.list(folder)) {
            List<Path> found = archives.filter(p -> p.getFileName().toString().matches("cls-.+-\\d+\\.jsa")).toList();
            assertThat(found).hasSize(1);
            return found.get(0);
        }
    }

    @Test
    void cls_version_gives_the_version_of_the_build() throws IOException, InterruptedException {
        Run run = cls("--version");

        assertThat(run.out()).containsExactly("cls4j " + ContractValidator.builder().build().ruleSetVersion());
    }

    @Test
    void a_report_lost_to_a_full_disk_is_said_and_exits_2() throws IOException, InterruptedException {
        Path full = Path.of("/dev/full");
        // /dev/full is Linux's; elsewhere a closed standard output is not made as simply.
        assertThat(full).as("the build runs on Linux").exists();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                "validate", "--samples");
        Path err = Files.createTempFile("cls", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(full.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(Files.readString(err, StandardCharsets.UTF_8)).contains("Impossible d'écrire le rapport sur la sortie standard.");
    }

    @Test
    void an_accented_name_under_an_ascii_locale_is_said_so_not_called_an_unknown_option() throws IOException, InterruptedException {
        Path file = Files.createTempDirectory("cls").resolve("contrat-évalué.json");
        Files.writeString(file, "{}");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "validate", file.toString());
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("LANG", "C");
        Path err = Files.createTempFile("cls", ".err");
        Process process = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(Files.readString(err, StandardCharsets.UTF_8)).contains("n'a pas pu être lu dans l'encodage du système")
                .contains("LC_ALL=C.UTF-8").doesNotContain("Option ou argument inconnu");
    }

    @Test
    void a_rule_that_never_yields_does_not_hang_the_command_which_reports_it_and_the_other_contract() throws Exception {
        Path folder = Files.createTempDirectory("cls");
        Path rules = Files.createDirectories(folder.resolve("boucle"));
        Files.writeString(rules.resolve("boucle.drl"), """
                package boucle;

                import io.github.cls4j.core.contrat.ContratLocalSante;

                global io.github.cls4j.rules.facts.Findings findings;

                rule "BOUCLE-01 Une boucle sans fin"
                    @id(BOUCLE-01) @severity(INFO) @family(GOOD_PRACTICE) @reference(CSP-L1434-10-IV)
                when
                    $c : ContratLocalSante(id == "HDF-CUA-ARRAS")
                then
                    while ($c != null) { }
                end
                """);
        Files.writeString(rules.resolve("messages.properties"), "BOUCLE-01.message=jamais\n");
        Files.writeString(rules.resolve("messages_en.properties"), "BOUCLE-01.title=Endless\nBOUCLE-01.message=never\n");
        Path stuck = folder.resolve("arras.json");
        Path other = folder.resolve("autre.json");
        Files.copy(Path.of("..", "cls-samples", "src", "main", "resources", "io", "github", "cls4j", "samples", "contrats",
                "000-arras-cua.json"), stuck);
        Files.writeString(other, Files.readString(stuck).replace("\"HDF-CUA-ARRAS\"", "\"AUTRE\""));

        Run run = cls("validate", "--additional-rules", rules.toString(), "--time-limit", "1", stuck.toString(), other.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(String.join("\n", run.out())).contains("NON CONFORME, RAPPORT INCOMPLET")
                .contains("La règle BOUCLE-01 (boucle.drl:7) ne rend pas la main").contains("AUTRE");
    }

    @Test
    void the_launcher_installed_where_it_cannot_write_keeps_its_archive_in_the_user_s_cache_and_says_nothing_of_it() throws Exception {
        Path root = Files.createTempDirectory("cls");
        Path install = Files.createDirectories(root.resolve("installe"));
        Files.copy(Path.of("target", "cls"), install.resolve("cls"));
        Files.copy(JAR, install.resolve("cls.jar"));
        Path home = Files.createDirectories(root.resolve("maison"));
        Path noCache = Files.createDirectories(root.resolve("cache-interdit"));
        List<String> launcher = List.of("sh", install.resolve("cls").toString(), "validate", "--samples");
        try {
            unwritable(install);
            unwritable(noCache);
            Run first = run(launcher, Map.of("HOME", home.toString(), "XDG_CACHE_HOME", ""));
            Run second = run(launcher, Map.of("HOME", home.toString(), "XDG_CACHE_HOME", ""));
            Run nowhere = run(launcher, Map.of("HOME", home.toString(), "XDG_CACHE_HOME", noCache.toString()));
            Run homeless = run(launcher, Map.of("HOME", "", "XDG_CACHE_HOME", ""));

            assertThat(first.exit()).as(first.err()).isZero();
            assertThat(first.err() + second.err() + nowhere.err() + homeless.err()).isEmpty();
            assertThat(second.out()).isEqualTo(first.out()).isEqualTo(nowhere.out()).isEqualTo(homeless.out());
            assertThat(Path.of("/.cache", "cls4j")).as("no cache made at the root for a user without a home").doesNotExist();
            try (var archives = Files.list(home.resolve(".cache").resolve("cls4j"))) {
                assertThat(archives.filter(p -> p.getFileName().toString().matches("cls-.+-\\d+\\.jsa"))).hasSize(1);
            }
        } finally {
            writable(install);
            writable(noCache);
        }
    }

    /**
     * Makes {@code folder} a place where no file can be made: its permissions for a user, its
     * immutable attribute for root (whom permissions do not stop).
     */
    private static void unwritable(Path folder) throws IOException, InterruptedException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (canMakeAFileIn(folder)) {
            assertThat(new ProcessBuilder("chattr", "+i", folder.toString()).inheritIO().start().waitFor()).isZero();
        }
        assertThat(canMakeAFileIn(folder)).as("%s cannot be written", folder).isFalse();
    }

    private static void writable(Path folder) throws IOException, InterruptedException {
        new ProcessBuilder("chattr", "-i", folder.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static boolean canMakeAFileIn(Path folder) {
        try {
            Files.delete(Files.createFile(folder.resolve("essai")));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
