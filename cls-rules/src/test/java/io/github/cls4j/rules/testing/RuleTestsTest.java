package io.github.cls4j.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.rules.RuleDescription;
import io.github.cls4j.rules.Validators;
import io.github.cls4j.rules.exemples.BundledCases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Case files are read line by line, run, and say what they cover")
class RuleTestsTest {

    private static final String HEAD = "contrat: conforme.json\ndate du contrôle: 2026-11-23\n";

    @TempDir
    Path folder;

    @BeforeEach
    void copyTheConformingContract() throws IOException {
        Files.copy(BundledCases.FOLDER.resolve("cas/conforme.json"), folder.resolve("conforme.json"));
    }

    private RuleTests write(String text) throws IOException {
        Files.writeString(folder.resolve("essai.cas.txt"), text, StandardCharsets.UTF_8);
        return RuleTests.read(folder);
    }

    private List<String> problems(String text, Locale locale) throws IOException {
        return write(text).problems().stream().map(p -> p.describe(locale).replace(folder + "/", "")).toList();
    }

    private List<String> failures(String text, Locale locale) throws IOException {
        return write(text).run(Validators.BUNDLED).failed().stream().flatMap(r -> r.describe(locale).stream())
                .map(line -> line.replace(folder + "/", "")).toList();
    }

    @Test
    void a_case_changes_its_contract_and_its_expectations_are_met() throws IOException {
        RuleTestRun run = write(HEAD + """
                # The ARS does not sign: CLS-LEG-01 fires at signataires, as an error.
                cas: l'ARS ne signe pas
                  retirer: signataires[0]
                  attendu: ERREUR CLS-LEG-01 signataires
                  absent: CLS-LEG-02

                cas: un quatrième signataire, ajouté au bout de la liste
                  signataires[3] = {"nom": "CPAM de l'Artois", "type": "CPAM", "dateSignature": "2024-03-15"}
                  absent: CLS-LEG-01
                """).run(Validators.BUNDLED);

        assertThat(run.problems()).isEmpty();
        assertThat(run.results()).hasSize(2).allMatch(RuleTestResult::passed);
        assertThat(run.results().get(0).testCase().line()).isEqualTo(4);
        assertThat(run.results().get(0).testCase().contrat().signataires()).hasSize(2);
        assertThat(run.results().get(1).testCase().contrat().signataires()).hasSize(4);
        assertThat(run.passed()).isTrue();
    }

    @Test
    void a_failed_expectation_is_told_at_its_line_with_what_the_report_held() throws IOException {
        String cases = HEAD + """
                cas: l'ARS ne signe pas
                  retirer: signataires[0]
                  attendu: CLS-LEG-01 partenaires
                  absent: CLS-LEG-01 signataires
                  attendu: INFO CLS-LEG-01
                cas: l'ARS signe
                  attendu: CLS-LEG-01
                """;
        assertThat(failures(cases, Locale.FRENCH)).containsExactly(
                "essai.cas.txt:5: cas « l'ARS ne signe pas » : attendu CLS-LEG-01 à partenaires ; obtenu CLS-LEG-01 à signataires (ERREUR)",
                "essai.cas.txt:6: cas « l'ARS ne signe pas » : attendu aucun CLS-LEG-01 à signataires ; obtenu CLS-LEG-01 à signataires (ERREUR)",
                "essai.cas.txt:7: cas « l'ARS ne signe pas » : attendu CLS-LEG-01 (INFO) ; obtenu CLS-LEG-01 à signataires (ERREUR)",
                "essai.cas.txt:9: cas « l'ARS signe » : attendu CLS-LEG-01 ; obtenu aucun constat CLS-LEG-01");
        assertThat(failures(cases, Locale.ENGLISH)).first().isEqualTo(
                "essai.cas.txt:5: case \"l'ARS ne signe pas\": expected CLS-LEG-01 at partenaires; got CLS-LEG-01 at signataires (ERROR)");
    }

    @Test
    void a_misspelt_rule_id_fails_even_where_nothing_contradicts_it() throws IOException {
        assertThat(failures(HEAD + "cas: rien\n  absent: CLS-LEG-1\n", Locale.FRENCH)).containsExactly(
                "essai.cas.txt:4: cas « rien » : la règle CLS-LEG-1 n'est pas parmi les règles chargées (id mal écrit ?)");
    }

    @Test
    void each_line_that_cannot_be_used_is_told_at_its_line_and_column_and_its_case_is_not_run() throws IOException {
        RuleTests tests = write(HEAD + """
                attendu: CLS-LEG-01
                cas: une valeur qui n'est pas du JSON
                  dateSignature = 2024-03-15
                  attendu: CLS-LEG-01
                cas: une clé inconnue
                  atendu: CLS-LEG-01
                cas: un chemin illisible
                  signataires[x].nom = "ARS"
                  attendu: CLS-LEG-01
                cas: une gravité inconnue
                  attendu: GRAVE CLS-LEG-01
                cas: un élément qui n'existe pas
                  gouvernance.comitePilotage.membres[9] = "ARS"
                  attendu: CLS-LEG-01
                cas: une propriété que le format ne connaît pas
                  voletSanteMental = null
                  attendu: CLS-LEG-03
                cas: sans attente
                  dateSignature = "2024-03-15"
                cas: le reste passe
                  absent: CLS-LEG-01
                """);

        assertThat(tests.problems()).extracting(p -> p.describe(Locale.FRENCH).replace(folder + "/", "")).containsExactly(
                "essai.cas.txt:3:1: « attendu: CLS-LEG-01 » : une modification ou une attente vient après un « cas: » qui la nomme",
                "essai.cas.txt:5:23: valeur « 2024-03-15 » illisible ; attendu une valeur JSON sur la ligne : \"texte\" entre guillemets, 12, true, null, [ ], { }",
                "essai.cas.txt:8:3: clé inconnue « atendu » ; attendu contrat, date du contrôle, profil, cas, attendu, absent ou retirer"
                        + " (pour changer un élément, écrivez « chemin = valeur JSON »)",
                "essai.cas.txt:10:3: chemin « signataires[x].nom » illisible ; attendu un chemin des rapports, par exemple axes[1].objectifs[0].intitule",
                "essai.cas.txt:13:12: gravité « GRAVE » inconnue ; attendu ERREUR, AVERTISSEMENT ou INFO",
                "essai.cas.txt:15:3: « gouvernance.comitePilotage.membres[9] » est au-delà de la fin de sa liste ; un indice égal à sa longueur ajoute un élément",
                "essai.cas.txt:18:3: $.voletSanteMental : propriété inconnue « voletSanteMental » ; attendu : l’une des propriétés [articulations,"
                        + " avenants, axes, axesTransversaux, dateCharte, dateSignature, derogations, diagnostic, evaluations, generation,"
                        + " gouvernance, id, intitule, partenaires, participation, periode, provenance, prs, region, renouvelle, signataires,"
                        + " statut, territoire, voletSanteMentale]",
                "essai.cas.txt:20:1: le cas « sans attente » n'attend rien ; attendu au moins une ligne « attendu: » ou « absent: »");
        assertThat(tests.cases()).extracting(RuleTestCase::name).containsExactly("le reste passe");
    }

    @Test
    void a_contract_that_cannot_be_read_is_told_in_its_own_file_once() throws IOException {
        Files.writeString(folder.resolve("casse.json"), "{\"schemaVersion\": \"1.0\",\n \"statut\": \"SIGNE_PEUT_ETRE\"}");
        assertThat(problems("contrat: casse.json\ncas: un\n  absent: CLS-LEG-01\ncas: deux\n  absent: CLS-LEG-02\n"
                + "cas: sans fichier\n  contrat: absent.json\n  absent: CLS-LEG-01\n", Locale.ENGLISH))
                .hasSize(2)
                .first().asString().startsWith("casse.json:2:12: $.statut: ");
        assertThat(problems("cas: sans contrat\n  absent: CLS-LEG-01\n", Locale.ENGLISH)).containsExactly(
                "essai.cas.txt:1:1: the case \"sans contrat\" names no contract; expected \"contrat: file.json\" in the head of the file or in the case");
    }

    @Test
    void a_case_may_set_its_own_day_and_profile_and_none_for_no_day() throws IOException {
        RuleTests tests = write(HEAD + "profil: national\ncas: un\n  absent: CLS-LEG-01\ncas: deux\n  date du contrôle: aucune\n"
                + "  profil: normandie\n  absent: CLS-LEG-01\n");
        assertThat(tests.cases()).extracting(c -> c.context().asOf() + " " + c.context().profile())
                .containsExactly("2026-11-23 national", "null normandie");
    }

    @Test
    void the_coverage_tells_each_side_of_the_dates_of_a_rule() throws IOException {
        // CLS-LEG-03 applies from 2022-02-23 (loi 3DS): a case each side of that day.
        String signedOn = "  periode.debut = \"%s\"\n  dateSignature = \"%s\"\n  signataires[0].dateSignature = \"%s\"\n"
                + "  signataires[1].dateSignature = \"%s\"\n  signataires[2].dateSignature = \"%s\"\n  voletSanteMentale = null\n";
        String fires = "cas: signé le jour de la loi\n" + signedOn.formatted("2022-03-01", "2022-02-23", "2022-02-23", "2022-02-23", "2022-02-23")
                + "  attendu: CLS-LEG-03 voletSanteMentale\n";
        String spared = "cas: signé la veille\n" + signedOn.formatted("2022-03-01", "2022-02-22", "2022-02-22", "2022-02-22", "2022-02-22")
                + "  absent: CLS-LEG-03\n";
        RuleDescription leg03 = Validators.BUNDLED.catalog().rules().stream().filter(r -> r.id().equals("CLS-LEG-03")).findFirst().orElseThrow();

        RuleCoverage both = write(HEAD + fires + spared).run(Validators.BUNDLED).coverage(leg03);
        RuleCoverage onlyFires = write(HEAD + fires).run(Validators.BUNDLED).coverage(leg03);

        assertThat(both.dates()).containsExactly(new DateSide(LocalDate.of(2022, 2, 22), false, true),
                new DateSide(LocalDate.of(2022, 2, 23), true, true));
        assertThat(both.complete()).isTrue();
        assertThat(onlyFires.complete()).isFalse();
        assertThat(onlyFires.missing()).containsExactly("no case it spares", "no case it spares on 2022-02-22");
    }

    @Test
    void a_failed_case_counts_for_no_side() throws IOException {
        RuleDescription leg01 = Validators.BUNDLED.catalog().rules().stream().filter(r -> r.id().equals("CLS-LEG-01")).findFirst().orElseThrow();
        RuleCoverage coverage = write(HEAD + "cas: l'ARS signe\n  attendu: CLS-LEG-01\n").run(Validators.BUNDLED).coverage(leg01);
        assertThat(coverage.fires()).isZero();
    }

    @Test
    void a_folder_that_is_not_one_is_a_problem_and_a_folder_without_cases_has_none() throws IOException {
        assertThat(RuleTests.read(folder.resolve("nulle-part")).problems()).extracting(p -> p.message(Locale.FRENCH))
                .containsExactly("n'est pas un dossier");
        assertThat(RuleTests.read(folder).cases()).isEmpty();
        assertThat(RuleTests.read(folder).problems()).isEmpty();
    }

    @Test
    void a_profile_the_validator_lacks_is_a_problem_at_its_case_and_the_other_cases_run() throws IOException {
        RuleTestRun run = write(HEAD + "cas: un profil inconnu\n  profil: bretagne-imaginaire\n  absent: CLS-LEG-01\n"
                + "cas: le profil de la région\n  absent: CLS-LEG-01\n").run(Validators.BUNDLED);

        assertThat(run.problems()).extracting(p -> p.describe(Locale.FRENCH).replace(folder + "/", "")).singleElement().asString()
                .startsWith("essai.cas.txt:3:1: le cas « un profil inconnu » demande le profil « bretagne-imaginaire », que les règles"
                        + " chargées n'ont pas ; attendu l'un de : ");
        assertThat(run.results()).extracting(r -> r.testCase().name()).containsExactly("le profil de la région");
        assertThat(run.passed()).isFalse();
    }
}
