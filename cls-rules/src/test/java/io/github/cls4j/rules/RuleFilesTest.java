package io.github.cls4j.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cls4j.core.Contrats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule or data file that cannot be used is the user's input: a {@link RuleCompilationException}
 * naming the file, its line where one is known, and what is wrong; never an exception of another
 * kind, which the command line would call a failure of cls (docs/reliability.md, "Nothing lost").
 */
@DisplayName("Rule and data files that cannot be used are named, with what is wrong")
class RuleFilesTest {

    private static final String DRL = """
            package regles.locales;

            import io.github.cls4j.core.contrat.ContratLocalSante;

            global io.github.cls4j.rules.facts.Findings findings;

            rule "LOC-01 Règle locale"
                @id(LOC-01) @severity(INFO) @family(GOOD_PRACTICE) @reference(CSP-L1434-10-IV)
            when
                $contrat : ContratLocalSante(intitule != null, intitule.startsWith("CLS 2023"))
            then
                findings.report($contrat);
            end
            """;
    private static final String FRENCH = "LOC-01.message=Règle locale\n";
    private static final String ENGLISH = "LOC-01.title=Local rule\nLOC-01.message=Local rule\n";

    @TempDir
    Path folder;

    private RuleCompilationException refused(ContractValidator.Builder builder) {
        RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class, builder::build);
        assertThat(e).as("a RuleCompilationException").isNotNull();
        return e;
    }

    @Test
    void a_messages_file_with_a_malformed_escape_is_named_with_its_line() {
        new RuleFolder(folder).rules("regles/locales/r.drl", DRL, "# en tête\nLOC-01.message=Texte \\uZZZZ\n", ENGLISH);

        RuleCompilationException e = refused(ContractValidator.builder().additionalRules(folder));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("messages.properties");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("\\u escape");
        });
    }

    @Test
    void a_placeholder_no_rule_can_fill_is_refused_when_the_rules_load() {
        new RuleFolder(folder).rules("regles/locales/r.drl", DRL, "LOC-01.message=Texte {99999999999}\n", ENGLISH);

        assertThat(refused(ContractValidator.builder().additionalRules(folder)).problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("regles/locales/r.drl");
            assertThat(p.message()).isEqualTo("the message has a placeholder no rule can fill: {99999999999} in messages.properties (at most {99})");
        });
    }

    @Test
    void files_that_are_not_utf8_are_named() throws IOException {
        new RuleFolder(folder).rules("regles/locales/r.drl", DRL, FRENCH, ENGLISH);
        Files.write(folder.resolve("messages_en.properties"), "LOC-01.title=Règle\nLOC-01.message=m\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(refused(ContractValidator.builder().additionalRules(folder)).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not UTF-8 text"));

        new RuleFolder(folder).rules("regles/locales/r.drl", DRL, FRENCH, ENGLISH);
        Files.write(folder.resolve("regles/locales/r.drl"), DRL.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(refused(ContractValidator.builder().additionalRules(folder)).problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("regles/locales/r.drl");
            assertThat(p.message()).contains("not UTF-8 text");
        });
    }

    @Test
    void a_drl_with_a_byte_order_mark_is_read_as_without_it() throws IOException {
        new RuleFolder(folder).rules("regles/locales/r.drl", "\uFEFF" + DRL, FRENCH, ENGLISH);

        ContractValidator validator = ContractValidator.builder().additionalRules(folder).build();

        assertThat(validator.validate(Contrats.complet().toBuilder().intitule("CLS 2023").build()).findings("LOC-01")).hasSize(1);
    }

    @Test
    void a_rule_folder_given_as_a_link_is_read_where_it_points() throws IOException {
        Path release = folder.resolve("release-1");
        new RuleFolder(release).rules("regles/locales/r.drl", DRL, FRENCH, ENGLISH);
        Path current = Files.createSymbolicLink(folder.resolve("current"), release);

        ContractValidator validator = ContractValidator.builder().additionalRules(current).build();

        assertThat(validator.catalog().rule("LOC-01")).isPresent();
    }

    @Test
    void a_key_twice_in_a_data_file_and_two_profiles_of_one_name_are_refused() throws IOException {
        Path profiles = Files.writeString(folder.resolve("profils.json"), """
                [{"name": "test", "title": "Un", "title": "Deux"}]
                """);
        assertThat(refused(ContractValidator.builder().profiles(profiles)).problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(profiles.toString());
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("Duplicate").contains("title");
        });

        Files.writeString(profiles, """
                [{"name": "test", "title": "Un"}, {"name": "test", "title": "Deux"}]
                """);
        assertThat(refused(ContractValidator.builder().profiles(profiles)).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("two profiles are named test; each name is given once"));
    }

    @Test
    void prs_data_with_a_null_entry_or_no_prs_are_said_so() throws IOException {
        Path data = Files.createDirectories(folder.resolve("prs"));
        Files.writeString(data.resolve("prs.json"), "{\"projets\": [null]}");
        assertThat(refused(ContractValidator.builder().referenceData(data)).problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("prs.json");
            assertThat(p.line()).isEqualTo(1);
        });

        Files.writeString(data.resolve("prs.json"), "{\"projets\": []}");
        assertThat(refused(ContractValidator.builder().referenceData(data)).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("prs.json lists no PRS"));
    }

    @Test
    void a_prs_of_no_region_that_ends_before_it_starts_or_listed_twice_is_refused_at_its_line() throws IOException {
        Path data = Files.createDirectories(folder.resolve("prs-dates"));
        Files.writeString(data.resolve("prs.json"), """
                {"projets": [
                  {"id": "AUV-PRS-2012-2016", "region": "83", "objectifs": []},
                  {"id": "X-PRS", "region": "32", "debut": "2018-07-05", "fin": "2018-07-04", "objectifs": [],
                   "parties": [{"composante": "SRS", "debut": "2018-07-05", "acte": "arrêté du 5 juillet 2018"}]},
                  {"id": "X-PRS", "region": "32", "objectifs": []}]}
                """);
        assertThat(refused(ContractValidator.builder().referenceData(data)).problems()).extracting(RuleProblem::line, RuleProblem::message)
                .containsExactly(
                        tuple(2, "the PRS AUV-PRS-2012-2016 names no region of France: 83 (a former region's PRS is given the code of the region"
                                + " that took it over)"),
                        tuple(3, "the PRS X-PRS ends on 2018-07-04, before it starts on 2018-07-05"),
                        tuple(5, "the PRS X-PRS is listed twice"));
        assertThat(refused(ContractValidator.builder().referenceData(data)).problems()).extracting(RuleProblem::frenchMessage)
                .containsExactly("le PRS AUV-PRS-2012-2016 ne nomme aucune région de France : 83 (le PRS d'une ancienne région prend le code "
                                + "de la région qui lui a succédé)",
                        "le PRS X-PRS finit le 2018-07-04, avant de commencer le 2018-07-05", "le PRS X-PRS figure deux fois");
    }

    @Test
    void a_data_file_that_is_not_a_regular_file_is_refused_without_being_read() throws IOException {
        Path data = Files.createDirectories(folder.resolve("donnees"));
        Files.createSymbolicLink(data.resolve("prs.json"), Path.of("/dev/zero"));

        assertThat(refused(ContractValidator.builder().referenceData(data)).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not a regular file"));
    }
}
