package io.github.cls4j.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("cls check-rules: compiles a folder of DRL and gives each error's file and line")
class CheckRulesCommandTest {

    @TempDir
    Path dir;

    @Test
    void a_copy_of_the_bundled_rules_compiles() {
        Path rules = Cli.copyBundledRules(dir);

        Cli.Result r = Cli.run("check-rules", rules.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).matches(java.util.regex.Pattern.quote(rules.toString()) + " : \\d+ règles, aucune erreur.\\R");
    }

    /** A folder of one rule, its dates written {@code since}. */
    private Path oneRule(String since) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("une-regle"));
        Files.writeString(rules.resolve("essai.drl"), """
                package essai;
                import io.github.cls4j.core.contrat.ContratLocalSante;
                global io.github.cls4j.rules.facts.Findings findings;
                rule "ESSAI-01 Un essai"
                    @id(ESSAI-01) @severity(INFO) @family(GOOD_PRACTICE) @reference(GUIDES-ARS-CLS) @since(%s)
                when
                    $c : ContratLocalSante()
                then
                    findings.report($c);
                end
                """.formatted(since));
        Files.writeString(rules.resolve("messages.properties"), "ESSAI-01.message=Essai.\n");
        Files.writeString(rules.resolve("messages_en.properties"), "ESSAI-01.title=A test\nESSAI-01.message=Test.\n");
        return rules;
    }

    @Test
    void counts_the_rules_of_the_folder_and_not_the_constraints_of_the_model() throws Exception {
        Path rules = oneRule("\"2022-02-23\"");

        Cli.Result r = Cli.run("check-rules", rules.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(rules + " : 1 règle, aucune erreur." + System.lineSeparator());
    }

    @Test
    void with_additional_a_rule_is_checked_beside_the_bundled_ones_and_an_id_they_hold_is_refused() throws Exception {
        Path rules = oneRule("\"2022-02-23\"");
        Cli.Result added = Cli.run("check-rules", "--additional", rules.toString());
        for (String file : List.of("essai.drl", "messages.properties", "messages_en.properties")) {
            Path path = rules.resolve(file);
            Files.writeString(path, Files.readString(path).replace("ESSAI-01", "CLS-LEG-01"));
        }

        Cli.Result alone = Cli.run("check-rules", rules.toString());
        Cli.Result clash = Cli.run("check-rules", "--additional", rules.toString());

        assertThat(added.out()).isEqualTo(rules + " : 1 règle, aucune erreur." + System.lineSeparator());
        assertThat(alone.exit()).as("replacing the bundled rules, the id is free").isZero();
        assertThat(clash.exit()).isEqualTo(2);
        assertThat(clash.err()).isEqualTo("Les règles de " + rules + " ne peuvent être chargées (1 problème) :" + System.lineSeparator()
                + "  " + rules.resolve("essai.drl") + ":4 : règle « CLS-LEG-01 Un essai » : l'id CLS-LEG-01 est déjà celui d'une autre règle"
                + System.lineSeparator());
        assertThat(Cli.run("check-rules", "--additional", "--lang", "en", rules.toString()).err())
                .contains(rules.resolve("essai.drl") + ":4: rule \"CLS-LEG-01 Un essai\": the id CLS-LEG-01 is used by another rule");
    }

    @Test
    void a_date_without_its_quotes_is_refused_at_its_line_since_the_build_would_read_another_year() throws Exception {
        Path rules = oneRule("2022-02-23");

        Cli.Result r = Cli.run("check-rules", rules.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(rules.resolve("essai.drl") + ":5 : règle « ESSAI-01 Un essai » : @since(2022-02-23) : écrivez la date"
                + " entre guillemets, @since(\"2022-02-23\") ; sans eux, la compilation la lirait comme un nombre");
        assertThat(Cli.run("check-rules", "--lang", "en", rules.toString()).err()).contains(rules.resolve("essai.drl")
                + ":5: rule \"ESSAI-01 Un essai\": @since(2022-02-23): put the date in quotes, @since(\"2022-02-23\"); unquoted, the build"
                + " would read it as a number");
    }

    @Test
    void a_broken_rule_is_reported_at_its_file_line_and_rule() throws Exception {
        Path rules = Cli.copyBundledRules(dir);
        Path file = rules.resolve("loi/signataires.drl");
        Cli.edit(file, "ContratLocalSante(", "ContratLocalSant(");
        int line = Files.readAllLines(file).indexOf(Files.readAllLines(file).stream()
                .filter(l -> l.contains("ContratLocalSant(")).findFirst().orElseThrow()) + 1;

        Cli.Result r = Cli.run("check-rules", rules.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(file + ":" + line + " : règle « CLS-LEG-01 L'ARS est signataire du contrat » : aucun type"
                + " ContratLocalSant ; vouliez-vous dire ContratLocalSante ? (Drools : Unable to find class: ContratLocalSant)");
    }

    @Test
    void a_folder_that_is_not_there_or_holds_no_rule_is_refused() {
        assertThat(Cli.run("check-rules", dir.resolve("absent").toString()).err()).contains(dir.resolve("absent") + " : n'est pas un dossier");
        assertThat(Cli.run("check-rules", dir.toString()).err()).contains(dir + " : ne contient aucun fichier .drl");
        assertThat(Cli.run("check-rules", "--lang", "en", dir.toString()).err()).contains(dir + ": holds no .drl file");
        assertThat(Cli.run("check-rules", dir.toString()).exit()).isEqualTo(2);
    }
}
