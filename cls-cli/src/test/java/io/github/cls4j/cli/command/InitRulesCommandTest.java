package io.github.cls4j.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("cls init-rules: a folder of rules to start from, whose cases pass")
class InitRulesCommandTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    @Test
    void the_template_compiles_and_its_cases_pass_and_cover_both_rules_alone_and_beside_the_bundled_rules() {
        Path rules = dir.resolve("regles-locales");

        Cli.Result init = Cli.run("init-rules", rules.toString());

        assertThat(init.exit()).isZero();
        assertThat(init.out()).isEqualTo(rules + " : 7 fichiers écrits. Essayez « cls test " + rules + " »." + NL);
        assertThat(rules.resolve("regles.drl")).content().contains("from accumulate(");
        for (String[] args : new String[][] {{"test", rules.toString()}, {"test", "--additional", "--require-coverage", rules.toString()}}) {
            Cli.Result test = Cli.run(args);
            assertThat(test.err()).isEmpty();
            assertThat(test.exit()).isZero();
            assertThat(test.out()).startsWith(rules + " : 4 cas, 4 réussis, aucun en échec." + NL).endsWith("2 règle(s) couverte(s) sur 2." + NL);
        }
    }

    @Test
    void a_folder_that_holds_anything_is_left_as_it_is() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("mes-regles"));
        Files.writeString(rules.resolve("a-moi.drl"), "// mine");

        Cli.Result r = Cli.run("init-rules", rules.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(rules + " existe et n'est pas un dossier vide : rien n'y est écrit ; nommez un dossier nouveau." + NL);
        assertThat(rules.resolve("a-moi.drl")).content().isEqualTo("// mine");
        try (var files = Files.list(rules)) {
            assertThat(files).hasSize(1);
        }
    }
}
