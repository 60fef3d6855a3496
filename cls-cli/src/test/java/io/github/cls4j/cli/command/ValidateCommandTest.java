package io.github.cls4j.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.cli.Cli;
import io.github.cls4j.cli.Variantes;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.samples.SampleContracts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("cls validate: reports in three formats, exit codes, a batch that goes on past a bad file")
class ValidateCommandTest {

    private static final String ARRAS = "000-arras-cua.json";
    private static final String ARRAS_SANS_SANTE_MENTALE = "000-arras-cua--sans-volet-sante-mentale.json";
    private static final String CHARTE = "002-hdf-charte-deuxieme-generation.json";
    private static final String AS_OF = "2026-11-23";

    @TempDir
    Path dir;

    /** Writes a bundled sample into the temporary folder, as a user's file. */
    private Path file(String sample) {
        Path file = dir.resolve(sample);
        ContractJson.write(SampleContracts.read(sample), file);
        return file;
    }

    private static JsonNode json(String text) {
        return JsonMapper.builder().build().readTree(text);
    }

    @Nested
    @DisplayName("exit codes")
    class ExitCodes {

        @Test
        void zero_when_no_finding_is_an_error() {
            assertThat(Cli.run("validate", "--as-of", AS_OF, file(ARRAS).toString()).exit()).isZero();
        }

        @Test
        void one_when_a_finding_is_an_error() {
            Cli.Result r = Cli.run("validate", "--as-of", AS_OF, file(ARRAS).toString(), file(ARRAS_SANS_SANTE_MENTALE).toString());

            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.out()).containsPattern("ERREUR +CLS-LEG-03 +voletSanteMentale +Volet santé mentale : Le contrat");
        }

        @Test
        void two_when_an_option_is_bad_or_nothing_is_given() {
            assertThat(Cli.run("validate", "--samples", "--as-of", "2026-13-01").exit()).isEqualTo(2);
            assertThat(Cli.run("validate", "--samples", "--format", "pdf").exit()).isEqualTo(2);
            assertThat(Cli.run("validate", "--samples", "--lang", "de").exit()).isEqualTo(2);
            assertThat(Cli.run("validate").exit()).isEqualTo(2);
        }

        @Test
        void two_when_the_profile_is_unknown_naming_the_profiles_there_are() {
            Cli.Result r = Cli.run("validate", "--samples", "--profile", "bretagne");

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("Profil inconnu : bretagne", "hauts-de-france", "national");
            assertThat(r.out()).isEmpty();
        }

        @Test
        void two_when_the_output_file_cannot_be_written() {
            Cli.Result r = Cli.run("validate", "--samples", "-o", dir.resolve("absent/report.txt").toString());

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("absent");
        }
    }

    @Test
    void several_files_with_a_bad_one_reports_it_validates_the_others_and_exits_with_two() throws Exception {
        file(ARRAS);
        Path bad = dir.resolve("001-tronque.json");
        Files.writeString(bad, "{\n  \"schemaVersion\" : \"1.0\",\n  \"id\" : \"X\"\n");
        file(ARRAS_SANS_SANTE_MENTALE);
        Path missing = dir.resolve("absent.json");

        Cli.Result r = Cli.run("validate", "--as-of", AS_OF, dir.toString(), missing.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(bad + ":4:1: $.id : le document s’arrête avant sa fin", missing + ": ce fichier n'existe pas");
        assertThat(r.out()).contains(ARRAS + " — HDF-CUA-ARRAS — ", ARRAS_SANS_SANTE_MENTALE + " — HDF-CUA-ARRAS-SANS-SM — ")
                .contains("4 contrats : 1 conforme(s), 1 non conforme(s), 2 inutilisable(s)");
    }

    @Test
    void a_folder_without_contracts_is_an_input_error() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("vide"));

        Cli.Result r = Cli.run("validate", "--format", "json", empty.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(json(r.out()).get(0).get("error").asString()).isEqualTo(empty + ": aucun fichier *.json dans ce dossier");
    }

    @Test
    void the_bundled_samples_are_the_five_seeds_and_the_variants_come_apart() {
        Cli.Result seeds = Cli.run("validate", "--samples");
        Cli.Result variants = Cli.run("validate", "--variants");

        assertThat(seeds.exit()).isZero();
        assertThat(seeds.out()).contains("5 contrats : 5 conforme(s), 0 non conforme(s), 0 inutilisable(s)");
        SampleContracts.seeds().forEach(name -> assertThat(seeds.out()).contains(name + " — "));
        assertThat(variants.exit()).isEqualTo(1);
        SampleContracts.variants().forEach(name -> assertThat(variants.out()).contains(name + " — "));
    }

    @Test
    void the_text_report_aligns_its_columns_keeps_accents_and_has_no_colour_off_a_terminal() {
        Cli.Result r = Cli.run("validate", "--as-of", AS_OF, "--samples");

        // Within each contract's block, rule ids, paths and messages each start in one column.
        Pattern finding = Pattern.compile("^  (ERREUR|AVERTISSEMENT|INFO) +(CLS-\\S+) +(\\S+) +(\\S.*)$");
        int blocks = 0;
        for (String block : r.out().split("\\R\\R")) {
            List<Matcher> lines = block.lines().map(finding::matcher).filter(Matcher::matches).toList();
            if (lines.size() > 1) {
                blocks++;
                for (int group = 2; group <= 4; group++) {
                    int column = group;
                    assertThat(lines.stream().mapToInt(m -> m.start(column)).distinct().count()).as("column %d of%n%s", group, block)
                            .isEqualTo(1);
                }
            }
        }
        assertThat(blocks).isEqualTo(5);
        assertThat(r.out()).contains("Contrat Local de Santé", "Île-de-France").doesNotContain("\u001B[")
                .contains("profil hauts-de-france · contrôle au 23 novembre 2026 · loi du 30 juin 2023");
    }

    @Test
    void as_of_before_and_after_the_3ds_law_changes_the_mental_health_finding_of_a_charter_not_yet_signed() {
        Path charte = dir.resolve("charte-sans-sante-mentale.json");
        ContractJson.write(Variantes.charteSansSanteMentale(), charte);

        Cli.Result before = Cli.run("validate", "--as-of", "2022-02-22", charte.toString());
        Cli.Result after = Cli.run("validate", "--as-of", "2022-02-23", charte.toString());

        assertThat(before.exit()).isZero();
        assertThat(after.exit()).isZero();
        assertThat(before.out()).doesNotContainPattern("AVERTISSEMENT +CLS-CYC-03").contains("CONFORME : 0 erreur")
                .containsPattern("Non appliquées à ce contrat : [^\\n]*hors de leurs dates au 22 février 2022 : [^;\\n]*CLS-CYC-03");
        assertThat(after.out()).containsPattern("AVERTISSEMENT +CLS-CYC-03 +voletSanteMentale")
                .doesNotContainPattern("Non appliquées[^\\n]*CLS-CYC-03");
    }

    @Test
    void without_an_as_of_date_the_report_says_deadlines_are_not_judged() {
        Cli.Result r = Cli.run("validate", file(ARRAS).toString());

        assertThat(r.out()).contains("sans date de contrôle (les échéances ne sont pas jugées)").doesNotContain("CLS-CYC-05");
        assertThat(Cli.run("validate", "--as-of", AS_OF, file(ARRAS).toString()).out()).contains("CLS-CYC-05");
    }

    @Test
    void in_english_the_words_and_the_messages_are_english() {
        Cli.Result r = Cli.run("validate", "--lang", "en", "--as-of", AS_OF, file(ARRAS_SANS_SANTE_MENTALE).toString());

        assertThat(r.out()).contains("NOT VALID: 1 error, 5 warnings, 10 infos", "profile hauts-de-france · checked as of 23 November 2026")
                .containsPattern("ERROR +CLS-LEG-03 +voletSanteMentale +Mental-health component: The contract");
    }

    @Test
    void the_profile_asked_for_replaces_the_region_s() {
        Cli.Result r = Cli.run("validate", "--profile", "national", "--as-of", AS_OF, file(ARRAS).toString());

        // Hauts-de-France makes the annual evaluation a warning; nationally it is information.
        assertThat(r.out()).contains("profil national").containsPattern("INFO +CLS-CYC-05 +evaluations");
        assertThat(Cli.run("validate", "--as-of", AS_OF, file(ARRAS).toString()).out())
                .contains("profil hauts-de-france").containsPattern("AVERTISSEMENT +CLS-CYC-05 +evaluations");
    }

    @Test
    void the_corpus_of_real_contracts_is_validated_with_its_three_errors() {
        Cli.Result r = Cli.run("validate", "--corpus", "--as-of", AS_OF);

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("15 contrats : 12 conforme(s), 3 non conforme(s), 0 inutilisable(s)")
                .contains("84-lyon-2023.json — ").containsPattern("ERREUR +CLS-LEG-03 +voletSanteMentale");
    }

    @Test
    void a_derogation_to_practice_is_waived_and_one_to_the_law_is_shown_without_legal_effect() {
        Path contract = dir.resolve("arras-derogations.json");
        ContractJson.write(Variantes.arrasAvecDerogations(), contract);

        Cli.Result r = Cli.run("validate", "--as-of", AS_OF, contract.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("NON CONFORME : 1 erreur, 4 avertissements")
                .containsPattern("ERREUR +CLS-LEG-03 +voletSanteMentale")
                .doesNotContainPattern("AVERTISSEMENT +CLS-STR-11")
                .contains("  Levé : CLS-STR-11 renouvelle (Premier CLS de la CUA sur ce périmètre")
                .contains("  Dérogation sans portée juridique : CLS-LEG-03 voletSanteMentale (Volet santé mentale reporté à l'avenant de 2024");
    }

    @Test
    void the_json_report_has_one_object_per_input_with_its_verdict_summary_and_findings() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "[]");

        Path derogations = dir.resolve("arras-derogations.json");
        ContractJson.write(Variantes.arrasAvecDerogations(), derogations);

        Cli.Result r = Cli.run("validate", "--format", "json", "--as-of", AS_OF, derogations.toString(), bad.toString());

        assertThat(r.exit()).isEqualTo(2);
        JsonNode report = json(r.out());
        assertThat(report.isArray()).isTrue();
        assertThat(report.size()).isEqualTo(2);
        JsonNode contract = report.get(0);
        assertThat(contract.get("contract").asString()).isEqualTo("HDF-CUA-ARRAS-SANS-SM");
        assertThat(contract.get("valid").asBoolean()).isFalse();
        assertThat(contract.get("profile").asString()).isEqualTo("hauts-de-france");
        assertThat(contract.get("asOf").asString()).isEqualTo(AS_OF);
        assertThat(contract.get("summary").get("ERROR").asInt()).isEqualTo(1);
        assertThat(contract.get("summary").get("WARNING").asInt()).isEqualTo(4);
        JsonNode first = contract.get("findings").get(0);
        assertThat(first.get("ruleId").asString()).isEqualTo("CLS-LEG-03");
        assertThat(first.get("severity").asString()).isEqualTo("ERROR");
        assertThat(first.get("path").asString()).isEqualTo("voletSanteMentale");
        assertThat(first.get("message").asString()).startsWith("Le contrat");
        assertThat(first.get("reference").get("article").asString()).isEqualTo("122");
        assertThat(contract.get("waived")).extracting(w -> w.get("finding").get("ruleId").asString() + " " + w.get("effective").asBoolean())
                .containsExactly("CLS-LEG-03 false", "CLS-STR-11 true");
        // A rule the profile does not switch on was never asked: told apart from a rule that passed.
        JsonNode parity = null;
        for (JsonNode n : contract.get("notApplied")) {
            if (n.get("ruleId").asString().equals("CLS-STR-16")) {
                parity = n;
            }
        }
        assertThat(parity).isNotNull();
        assertThat(parity.propertyNames()).containsExactly("ruleId", "reason", "since", "until", "legalDate", "parameter", "stage");
        assertThat(parity.get("reason").asString()).isEqualTo("NOT_SWITCHED_ON");
        assertThat(parity.get("parameter").asString()).isEqualTo("coordination.financement.paritaire");
        assertThat(report.get(1).get("source").asString()).isEqualTo(bad.toString());
        assertThat(report.get(1).get("error").asString()).contains("le document n’est pas un objet JSON");
        JsonNode problem = report.get(1).get("problems").get(0);
        assertThat(problem.get("line").asInt()).isEqualTo(1);
        assertThat(problem.get("column").asInt()).isEqualTo(1);
        assertThat(problem.get("jsonPath").asString()).isEqualTo("$");
        assertThat(problem.get("problem").asString()).isEqualTo("le document n’est pas un objet JSON");
    }

    @Test
    void the_report_goes_to_the_file_named_by_o_in_utf8() throws Exception {
        Path output = dir.resolve("rapport.json");

        Cli.Result r = Cli.run("validate", "--format", "json", "--samples", "-o", output.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(json(Files.readString(output, StandardCharsets.UTF_8)).size()).isEqualTo(5);
        assertThat(Files.readString(output, StandardCharsets.UTF_8)).contains("Île-de-France");
    }

    @Nested
    @DisplayName("rules and data from folders")
    class Folders {

        @Test
        void an_edited_rule_takes_effect_at_once_with_rules() {
            Path rules = Cli.copyBundledRules(dir.resolve("regles"));
            Cli.edit(rules.resolve("loi/sante_mentale.drl"), "@severity(ERROR)", "@severity(WARNING)");
            Path contract = file(ARRAS_SANS_SANTE_MENTALE);

            Cli.Result bundled = Cli.run("validate", contract.toString());
            Cli.Result edited = Cli.run("validate", "--rules", rules.toString(), contract.toString());

            assertThat(bundled.exit()).isEqualTo(1);
            assertThat(edited.err()).isEmpty();
            assertThat(edited.exit()).isZero();
            assertThat(edited.out()).containsPattern("AVERTISSEMENT +CLS-LEG-03 +voletSanteMentale")
                    .contains("règles 0.1.0");
        }

        @Test
        void rules_that_do_not_compile_give_their_file_and_line_and_exit_two() {
            Path rules = Cli.copyBundledRules(dir.resolve("regles"));
            Cli.edit(rules.resolve("loi/sante_mentale.drl"), "then", "thenn");

            Cli.Result r = Cli.run("validate", "--rules", rules.toString(), "--samples");

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).containsPattern(Pattern.quote(rules.resolve("loi/sante_mentale.drl").toString()) + ":\\d+ : règle « ");
        }

        @Test
        void an_additional_rule_reports_beside_the_bundled_ones() throws Exception {
            Path extra = dir.resolve("extra");
            Files.createDirectories(extra);
            Files.writeString(extra.resolve("intitule.drl"), """
                    package regles.locales;
                    import io.github.cls4j.core.contrat.ContratLocalSante;
                    global io.github.cls4j.rules.facts.Findings findings;

                    rule "LOC-01 L'intitulé est court"
                        @id(LOC-01) @severity(INFO) @family(REGIONAL) @reference(CSP-L1434-10-IV)
                    when
                        $contrat : ContratLocalSante(intitule != null, intitule.length() > 40)
                    then
                        findings.reportAt($contrat, "intitule", $contrat.intitule().length());
                    end
                    """);
            Files.writeString(extra.resolve("messages.properties"),
                    "LOC-01.title=L'intitulé est court\nLOC-01.message=L'intitulé compte {0} caractères.\n");
            Files.writeString(extra.resolve("messages_en.properties"),
                    "LOC-01.title=The title is short\nLOC-01.message=The title has {0} characters.\n");

            Cli.Result r = Cli.run("validate", "--additional-rules", extra.toString(), file(ARRAS).toString());

            assertThat(r.err()).isEmpty();
            assertThat(r.out()).containsPattern("INFO +LOC-01 +intitule +L'intitulé compte \\d+ caractères").contains("CLS-TER-01");
        }

        @Test
        void a_rule_that_fails_on_one_contract_makes_its_report_incomplete_and_the_others_are_whole() throws Exception {
            Path extra = Files.createDirectories(dir.resolve("bug"));
            Files.writeString(extra.resolve("bug.drl"), """
                    package regles.locales;
                    import io.github.cls4j.core.contrat.ContratLocalSante;
                    global io.github.cls4j.rules.facts.Findings findings;

                    rule "LOC-02 Une règle boguée"
                        @id(LOC-02) @severity(INFO) @family(REGIONAL) @reference(CSP-L1434-10-IV)
                    when
                        $contrat : ContratLocalSante(id == "HDF-CUA-ARRAS-SANS-SM")
                    then
                        findings.report($contrat, Integer.parseInt($contrat.id()));
                    end
                    """);
            Files.writeString(extra.resolve("messages.properties"), "LOC-02.message=Boguée {0}\n");
            Files.writeString(extra.resolve("messages_en.properties"), "LOC-02.title=Buggy\nLOC-02.message=Buggy {0}\n");
            List<String> args = List.of("validate", "--additional-rules", extra.toString(),
                    file(ARRAS_SANS_SANTE_MENTALE).toString(), file(ARRAS).toString());

            Cli.Result r = Cli.run(args.toArray(String[]::new));

            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).contains("NON CONFORME, RAPPORT INCOMPLET : ")
                    .containsPattern("ERREUR +CLS-REGLE-EN-ECHEC +\\(contrat\\) +La règle LOC-02 \\(bug.drl:5\\) a échoué dans sa conséquence : "
                            + "java.lang.NumberFormatException: For input string: \"HDF-CUA-ARRAS-SANS-SM\"")
                    .containsPattern("ERREUR +CLS-LEG-03 ")
                    .contains(ARRAS + " — HDF-CUA-ARRAS — ").contains("2 contrats : 1 conforme(s), 1 non conforme(s), 0 inutilisable(s)");
            List<String> asJson = new ArrayList<>(args);
            asJson.add("--format=json");
            JsonNode json = json(Cli.run(asJson.toArray(String[]::new)).out());
            assertThat(json.get(0).get("complete").asBoolean()).isFalse();
            assertThat(json.get(1).get("complete").asBoolean()).isTrue();
        }

        @Test
        void a_folder_option_that_names_no_folder_or_no_data_is_told_in_french() throws Exception {
            Path absent = dir.resolve("absent");

            Cli.Result r = Cli.run("validate", "--additional-rules", absent.toString(), "--data", absent.toString(), "--samples");
            Cli.Result empty = Cli.run("validate", "--data", dir.toString(), "--samples");

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("--additional-rules " + absent + " : ce dossier n'existe pas" + System.lineSeparator()
                    + "--data " + absent + " : ce dossier n'existe pas" + System.lineSeparator());
            assertThat(empty.exit()).isEqualTo(2);
            assertThat(empty.err()).startsWith("--data " + dir + " : ce dossier ne contient ni prs.json (les données de référence des PRS)"
                    + " ni territoires.json");
        }

        @Test
        void a_host_s_geography_replaces_the_bundled_one_and_a_broken_one_is_told_with_its_file() throws Exception {
            Path bundled = Path.of("..", "cls-geography", "src", "main", "resources", "io", "github", "cls4j", "geography");
            Path host = Files.createDirectories(dir.resolve("geographie"));
            for (String file : List.of("editions.tsv", "communes.tsv", "epci.tsv", "departements.tsv", "regions.tsv")) {
                Files.copy(bundled.resolve(file), host.resolve(file));
            }
            // The host's edition has no Arras: the code of sample 000's only commune then designates none.
            Path communes = host.resolve("communes.tsv");
            Files.write(communes, Files.readAllLines(communes).stream().filter(line -> !line.startsWith("62041\t")).toList());
            Path arras = file("000-arras-cua.json");
            Path broken = Files.createDirectories(dir.resolve("cassee"));
            Files.copy(bundled.resolve("editions.tsv"), broken.resolve("editions.tsv"));

            Cli.Result own = Cli.run("validate", "--geography", host.toString(), arras.toString());
            Cli.Result refused = Cli.run("validate", "--geography", broken.toString(), arras.toString());
            Cli.Result absent = Cli.run("validate", "--geography", dir.resolve("absente").toString(), arras.toString());

            assertThat(Cli.run("validate", arras.toString()).out()).doesNotContain("CLS-GEO-02");
            assertThat(own.out()).containsPattern("ERREUR +CLS-GEO-02 +territoire\\.communes +Territoire : [^:]+ : Le code 62041 n'est celui d'aucune commune");
            assertThat(own.exit()).isEqualTo(1);
            assertThat(refused.exit()).isEqualTo(2);
            assertThat(refused.err()).startsWith("--geography : la géographie ne peut être lue : " + broken.resolve("communes.tsv"));
            assertThat(absent.exit()).isEqualTo(2);
            assertThat(absent.err()).isEqualTo("--geography " + dir.resolve("absente") + " : ce dossier n'existe pas" + System.lineSeparator());
        }

        @Test
        void reference_data_from_a_folder_replace_the_bundled_prs() throws Exception {
            Path data = Files.createDirectories(dir.resolve("donnees"));
            Path prs = data.resolve("prs.json");
            Files.copy(Cli.BUNDLED_RULES.resolve("prs.json"), prs);
            Cli.edit(prs, "\"HDF-COS-1\"", "\"HDF-COS-1-RETIRE\"");
            Path charte = file(CHARTE);

            Cli.Result bundled = Cli.run("validate", charte.toString());
            Cli.Result replaced = Cli.run("validate", "--data", data.toString(), charte.toString());

            assertThat(bundled.out()).doesNotContain("CLS-LEG-08");
            assertThat(replaced.out()).containsPattern("AVERTISSEMENT +CLS-LEG-08 +axes\\[0]\\.objectifsPrs +.*HDF-COS-1");
            assertThat(replaced.exit()).as("a code missing from the data is a warning").isZero();
        }
    }
}
