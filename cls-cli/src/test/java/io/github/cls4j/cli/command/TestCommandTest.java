package io.github.cls4j.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("cls test: runs the cases of a rule folder and prints what they cover")
class TestCommandTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    @Test
    void the_cases_of_a_copy_of_the_bundled_rules_pass_and_cover_every_rule() {
        Path rules = Cli.copyBundledRules(dir);

        Cli.Result r = Cli.run("test", rules.toString());

        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith(rules + " : ").containsPattern("^\\S+ : (\\d+) cas, \\1 réussis, aucun en échec\\.\\R");
        assertThat(r.out()).containsPattern("\\R  CLS-LEG-03 +\\d+ +\\d+ +épargnée le 2022-02-22 : oui, déclenchée le 2022-02-23 : oui +—\\R");
        assertThat(r.out()).containsPattern("\\R(\\d+) règle\\(s\\) couverte\\(s\\) sur \\1\\.\\R$");
    }

    /** A folder of one rule, ESSAI-01 (a contract that names no PRS), and its cases. */
    private Path oneRule(String cases) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("une-regle"));
        Files.writeString(rules.resolve("essai.drl"), """
                package essai;
                import io.github.cls4j.core.contrat.ContratLocalSante;
                global io.github.cls4j.rules.facts.Findings findings;
                rule "ESSAI-01 Le contrat nomme son PRS"
                    @id(ESSAI-01) @severity(WARNING) @family(GOOD_PRACTICE) @reference(GUIDES-ARS-CLS)
                when
                    $c : ContratLocalSante(prs == null)
                then
                    findings.reportAt($c, "prs");
                end
                """);
        Files.writeString(rules.resolve("messages.properties"), "ESSAI-01.title=Le contrat nomme son PRS\nESSAI-01.message=Le contrat ne nomme pas son PRS.\n");
        Files.writeString(rules.resolve("messages_en.properties"), "ESSAI-01.title=The contract names its PRS\nESSAI-01.message=No PRS.\n");
        Files.copy(Cli.BUNDLED_RULES.resolve("cas/conforme.json"), rules.resolve("conforme.json"));
        Files.writeString(rules.resolve("essai.cas.txt"), "contrat: conforme.json\ndate du contrôle: 2026-11-23\n" + cases);
        return rules;
    }

    private static final String BOTH_SIDES = """
            cas: sans PRS
              prs = null
              attendu: AVERTISSEMENT ESSAI-01 prs
            cas: avec son PRS
              absent: ESSAI-01
            """;

    @Test
    void a_folder_beside_the_bundled_rules_passes_and_its_rule_alone_is_in_the_table() throws Exception {
        Path rules = oneRule(BOTH_SIDES);

        Cli.Result r = Cli.run("test", "--additional", rules.toString());

        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(rules + " : 2 cas, 2 réussis, aucun en échec." + NL
                + NL
                + "Couverture des règles (un cas qui la déclenche, un cas qu'elle épargne, de chaque côté de ses dates) :" + NL
                + "  Règle     Déclenchée  Épargnée  Dates  Manque" + NL
                + "  ESSAI-01  1           1         —      —" + NL
                + "1 règle(s) couverte(s) sur 1." + NL);
    }

    @Test
    void a_broken_case_is_told_at_its_line_with_what_was_expected_and_what_came_and_exits_1() throws Exception {
        Path rules = oneRule(BOTH_SIDES.replace("attendu: AVERTISSEMENT ESSAI-01 prs", "attendu: ERREUR ESSAI-01 prs"));

        Cli.Result fr = Cli.run("test", "--additional", rules.toString());
        Cli.Result en = Cli.run("test", "--additional", "--lang", "en", rules.toString());

        assertThat(fr.exit()).isEqualTo(1);
        assertThat(fr.out()).startsWith(rules.resolve("essai.cas.txt") + ":5: cas « sans PRS » : attendu ESSAI-01 à prs (ERREUR) ;"
                + " obtenu ESSAI-01 à prs (AVERTISSEMENT)" + NL + rules + " : 2 cas, 1 réussi, 1 en échec." + NL);
        assertThat(fr.out()).contains("  ESSAI-01  0           1         —      un cas qui la déclenche" + NL);
        assertThat(en.out()).startsWith(rules.resolve("essai.cas.txt") + ":5: case \"sans PRS\": expected ESSAI-01 at prs (ERROR);"
                + " got ESSAI-01 at prs (WARNING)" + NL + rules + ": 2 cases, 1 passed, 1 failed." + NL);
    }

    @Test
    void a_line_that_cannot_be_used_is_told_on_standard_error_and_exits_2_while_the_other_cases_run() throws Exception {
        Path rules = oneRule(BOTH_SIDES.replace("  prs = null", "  prs = nul"));

        Cli.Result r = Cli.run("test", "--additional", rules.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(rules.resolve("essai.cas.txt") + ":4:9: valeur « nul » illisible ; attendu une valeur JSON sur la ligne :"
                + " \"texte\" entre guillemets, 12, true, null, [ ], { }" + NL);
        assertThat(r.out()).startsWith(rules + " : 1 cas, 1 réussi, aucun en échec, 1 ligne inutilisable (ses cas ne sont pas exécutés)." + NL);
    }

    @Test
    void with_require_coverage_a_rule_without_a_case_that_spares_it_exits_1() throws Exception {
        Path rules = oneRule(BOTH_SIDES.substring(0, BOTH_SIDES.indexOf("cas: avec")));

        assertThat(Cli.run("test", "--additional", rules.toString()).exit()).isZero();
        Cli.Result r = Cli.run("test", "--additional", "--require-coverage", rules.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("  ESSAI-01  1           0         —      un cas qu'elle épargne" + NL, "0 règle(s) couverte(s) sur 1.");
    }

    @Test
    void rules_that_do_not_compile_exit_2_as_check_rules_does() throws Exception {
        Path rules = oneRule(BOTH_SIDES);
        Cli.edit(rules.resolve("essai.drl"), "ContratLocalSante(prs", "ContratLocalSant(prs");

        Cli.Result r = Cli.run("test", "--additional", rules.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(rules.resolve("essai.drl") + ":7 : règle « ESSAI-01 Le contrat nomme son PRS » : aucun type"
                + " ContratLocalSant ; vouliez-vous dire ContratLocalSante ?");
    }

    @Test
    void a_folder_that_does_not_exist_exits_2() {
        Cli.Result r = Cli.run("test", dir.resolve("nulle-part").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("test " + dir.resolve("nulle-part") + " : ce dossier n'existe pas" + NL);
    }

    @Test
    void the_profiles_of_the_folder_are_those_its_cases_may_name() throws Exception {
        Path rules = oneRule("""
                cas: sous le profil du dossier, ESSAI-01 est une information
                  profil: mon-territoire
                  prs = null
                  attendu: INFO ESSAI-01 prs
                """);
        Files.writeString(rules.resolve("profiles.json"), """
                [{"name": "mon-territoire", "title": "Essai", "region": null, "sources": ["essai"],
                  "severities": {"ESSAI-01": "INFO"}, "suppressions": {}, "parameters": {}}]
                """);

        Cli.Result r = Cli.run("test", "--additional", rules.toString());

        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith(rules + " : 1 cas, 1 réussi, aucun en échec." + NL);
    }
}
