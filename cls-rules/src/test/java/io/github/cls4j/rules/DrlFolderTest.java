package io.github.cls4j.rules;

import static io.github.cls4j.rules.ReportAssertions.located;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cls4j.core.Contrats;
import io.github.cls4j.core.contrat.ContratLocalSante;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A rule author loads DRL from a folder, without rebuilding")
class DrlFolderTest {

    private static final String HEADER = """
            package regles.locales;

            import io.github.cls4j.core.contrat.ContratLocalSante;

            global io.github.cls4j.rules.facts.Findings findings;

            """;

    private static final String RULE = """
            rule "LOC-01 L'intitulé nomme le territoire"
                @id(LOC-01) @severity(INFO) @family(REGIONAL) @reference(CSP-L1434-10-IV)
            when
                $contrat : ContratLocalSante(intitule != null, territoire != null, territoire.nom != null,
                                             !intitule.contains(territoire.nom))
            then
                findings.reportAt($contrat, "intitule", $contrat.territoire().nom());
            end
            """;

    private static final String MESSAGES = """
            LOC-01.title=L'intitulé nomme le territoire
            LOC-01.message=L'intitulé ne nomme pas le territoire {0}.
            """;

    private static final String MESSAGES_EN = """
            LOC-01.title=The title names the territory
            LOC-01.message=The title does not name the territory {0}.
            """;

    @TempDir
    Path folder;

    private void write(String relative, String text) {
        new RuleFolder(folder).write(relative, text);
    }

    private void writeRuleFolder(String drl) {
        new RuleFolder(folder).rules("regles/locales/intitule.drl", drl, MESSAGES, MESSAGES_EN);
    }

    @Test
    void an_added_rule_reports_beside_the_bundled_ones() throws IOException {
        writeRuleFolder(HEADER + RULE);
        ContractValidator validator = ContractValidator.builder().additionalRules(folder).build();

        ValidationReport report = validator.validate(Contrats.complet().toBuilder().intitule("CLS 2023").build());

        assertThat(located(report, "LOC-01")).containsExactly("LOC-01@intitule");
        assertThat(report.findings("LOC-01").get(0).message())
                .isEqualTo("L'intitulé ne nomme pas le territoire Communauté Urbaine d'Arras.");
        assertThat(validator.catalog().ids()).contains("LOC-01", "CLS-LEG-01");
        assertThat(validator.catalog().rule("LOC-01").orElseThrow().source()).isEqualTo("regles/locales/intitule.drl");
        assertThat(report.ruleSetVersion()).endsWith(folder.toAbsolutePath().normalize().toString());
        assertThat(validator.validate(Contrats.complet()).findings("LOC-01")).isEmpty();
    }

    @Test
    void a_rule_reads_the_parameters_of_the_profile_as_facts() throws IOException {
        writeRuleFolder(HEADER.replace("import io.github.cls4j.core.contrat.ContratLocalSante;",
                "import io.github.cls4j.core.contrat.ContratLocalSante;\nimport io.github.cls4j.rules.facts.Parametre;") + """
                rule "LOC-01 L'intitulé nomme le territoire"
                    @id(LOC-01) @severity(INFO) @family(REGIONAL) @reference(CSP-L1434-10-IV)
                when
                    Parametre(nom == "territoire.attendu", $attendu : valeur)
                    $contrat : ContratLocalSante(territoire != null, territoire.nom != $attendu)
                then
                    findings.reportAt($contrat, "territoire", $attendu);
                end
                """);
        Path profiles = folder.resolve("profiles.json");
        Files.writeString(profiles, """
                [{"name": "test", "title": "Profil de test", "parameters": {"territoire.attendu": "Arras"}}]
                """);
        ContractValidator validator = ContractValidator.builder().additionalRules(folder).profiles(profiles).build();

        ValidationReport withParameter = validator.validate(Contrats.complet(), ValidationContext.defaults().withProfile("test"));
        ValidationReport withoutParameter = validator.validate(Contrats.complet());

        assertThat(located(withParameter, "LOC-01")).containsExactly("LOC-01@territoire");
        assertThat(withParameter.findings("LOC-01").get(0).arguments()).containsExactly("Arras");
        assertThat(withoutParameter.findings("LOC-01")).isEmpty();
    }

    @Test
    void a_folder_replaces_the_bundled_rules() throws IOException {
        writeRuleFolder(HEADER + RULE);
        ContractValidator validator = ContractValidator.builder().rules(folder).build();

        assertThat(validator.catalog().ids()).contains("LOC-01").doesNotContain("CLS-LEG-01");
        assertThat(validator.catalog().ids()).filteredOn(id -> !id.startsWith("CLS-STRUCT-")).containsExactly("LOC-01");
    }

    @Test
    void a_syntax_error_names_the_file_the_line_and_the_rule() throws IOException {
        writeRuleFolder(HEADER + RULE.replace("intitule != null,", "intitule != ,"));

        RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class,
                () -> ContractValidator.builder().additionalRules(folder).build());

        assertThat(e.problems()).isNotEmpty();
        RuleProblem first = e.problems().get(0);
        assertThat(first.file()).isEqualTo("regles/locales/intitule.drl");
        assertThat(first.line()).isEqualTo(10);
        assertThat(first.rule()).isEqualTo("LOC-01 L'intitulé nomme le territoire");
        assertThat(e.getMessage()).contains("regles/locales/intitule.drl:10").doesNotContain("public class");
    }

    @Test
    void an_unknown_field_names_the_file_the_line_and_the_rule() throws IOException {
        writeRuleFolder(HEADER + RULE.replace("territoire.nom != null", "territoire.nomm != null"));

        RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class,
                () -> ContractValidator.builder().additionalRules(folder).build());

        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("regles/locales/intitule.drl");
            assertThat(p.rule()).isEqualTo("LOC-01 L'intitulé nomme le territoire");
            assertThat(p.line()).isPositive();
        });
        assertThat(e.getMessage()).contains("nomm").doesNotContain("public class");
    }

    @Test
    void an_unknown_fact_type_names_the_file_and_the_line_where_it_is_used() throws IOException {
        writeRuleFolder(HEADER + RULE.replace("$contrat : ContratLocalSante(", "$contrat : ContratLocalSant("));

        RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class,
                () -> ContractValidator.builder().additionalRules(folder).build());

        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("regles/locales/intitule.drl");
            assertThat(p.line()).isEqualTo(HEADER.split("\n", -1).length + 3);
            assertThat(p.message()).contains("ContratLocalSant");
        });
    }

    @Test
    void an_error_in_a_consequence_names_the_rule_and_never_shows_the_generated_java() throws IOException {
        writeRuleFolder(HEADER + RULE.replace("$contrat.territoire().nom()", "$contrat.territoire().nomm()"));

        RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class,
                () -> ContractValidator.builder().additionalRules(folder).build());

        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("regles/locales/intitule.drl");
            assertThat(p.rule()).isEqualTo("LOC-01 L'intitulé nomme le territoire");
            assertThat(p.line()).isEqualTo(13);
        });
        assertThat(e.getMessage()).contains("nomm").doesNotContain("public class").doesNotContain("LambdaConsequence");
    }

    @Test
    void a_rule_without_its_metadata_is_refused_with_its_file_line_and_name() throws IOException {
        writeRuleFolder(HEADER + RULE.replace("@severity(INFO) ", ""));

        RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class,
                () -> ContractValidator.builder().additionalRules(folder).build());

        assertThat(e.problems()).extracting(RuleProblem::toString).containsExactly(
                "regles/locales/intitule.drl:7: rule \"LOC-01 L'intitulé nomme le territoire\": missing @severity(…)");
        assertThat(e.problems().get(0).describe(java.util.Locale.FRENCH)).isEqualTo(
                "regles/locales/intitule.drl:7 : règle « LOC-01 L'intitulé nomme le territoire » : il manque @severity(…)");
    }

    @Test
    void a_rule_without_its_english_messages_is_refused() throws IOException {
        writeRuleFolder(HEADER + RULE);
        write("messages_en.properties", "");

        RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class,
                () -> ContractValidator.builder().additionalRules(folder).build());

        assertThat(e.problems()).extracting(RuleProblem::message).containsExactly(
                "no message LOC-01.title in messages_en.properties", "no message LOC-01.message in messages_en.properties");
    }

    @Test
    void a_folder_without_rules_is_refused_rather_than_giving_an_empty_rule_base() {
        RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class,
                () -> ContractValidator.builder().rules(folder).build());

        assertThat(e.problems()).extracting(RuleProblem::message).containsExactly("holds no .drl file");
    }

    @Test
    void rules_that_do_not_declare_the_findings_global_run_without_failing() throws IOException {
        Files.writeString(folder.resolve("muette.drl"), """
                package regles.muettes;

                import io.github.cls4j.core.contrat.ContratLocalSante;

                rule "MUE-01 Une règle qui ne dit rien"
                    @id(MUE-01) @severity(INFO) @family(GOOD_PRACTICE) @reference(CSP-L1434-10-IV)
                when
                    ContratLocalSante()
                then
                end
                """);
        Files.writeString(folder.resolve("messages.properties"), "MUE-01.message=rien\n");
        Files.writeString(folder.resolve("messages_en.properties"), "MUE-01.title=Silent\nMUE-01.message=nothing\n");

        ValidationReport report = ContractValidator.builder().additionalRules(folder).build().validate(Contrats.complet());

        assertThat(report.failures()).isEmpty();
    }

    @Test
    void a_folder_whose_drl_files_hold_no_rule_is_refused_an_empty_file_or_one_cut_short() throws IOException {
        Files.writeString(folder.resolve("vide.drl"), "");
        Files.writeString(folder.resolve("coupe.drl"), "package regles.locales;\n\nimport io.github.cls4j.core.contrat.ContratLocalSante;\n");

        RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class,
                () -> ContractValidator.builder().additionalRules(folder).build());

        assertThat(e.problems()).extracting(RuleProblem::message).containsExactly("its .drl files hold no rule: [coupe.drl, vide.drl]");
    }

    @Test
    void the_engine_applies_enabled_by_as_it_applies_since_so_the_rule_need_not_test_its_switch() throws IOException {
        writeRuleFolder(HEADER + RULE.replace("@reference(CSP-L1434-10-IV)", "@reference(CSP-L1434-10-IV) @enabledBy(\"intitule.verifie\")"));
        Path profiles = folder.resolve("profiles.json");
        Files.writeString(profiles, """
                [{"name": "active", "title": "Interrupteur levé", "parameters": {"intitule.verifie": "true"}},
                 {"name": "eteinte", "title": "Interrupteur baissé", "parameters": {"intitule.verifie": "false"}}]
                """);
        ContractValidator validator = ContractValidator.builder().additionalRules(folder).profiles(profiles).build();
        ContratLocalSante contrat = Contrats.complet().toBuilder().intitule("CLS 2023").build();

        assertThat(validator.validate(contrat, ValidationContext.defaults().withProfile("active")).findings("LOC-01")).hasSize(1);
        assertThat(validator.validate(contrat, ValidationContext.defaults().withProfile("eteinte")).findings("LOC-01")).isEmpty();
        assertThat(validator.validate(contrat, ValidationContext.defaults().withProfile("national")).findings("LOC-01")).isEmpty();
        assertThat(validator.catalog().rule("LOC-01").orElseThrow().profiles()).containsExactly("active");
    }

    @Test
    void the_french_title_is_the_rule_s_name_and_the_messages_may_not_give_another() throws IOException {
        new RuleFolder(folder).rules("regles/locales/intitule.drl", HEADER + RULE,
                MESSAGES.replace("LOC-01.title=L'intitulé nomme le territoire\n", ""), MESSAGES_EN);
        assertThat(ContractValidator.builder().additionalRules(folder).build().catalog().rule("LOC-01").orElseThrow().title())
                .isEqualTo("L'intitulé nomme le territoire");

        new RuleFolder(folder).rules("regles/locales/intitule.drl", HEADER + RULE,
                MESSAGES.replace("LOC-01.title=L'intitulé nomme le territoire", "LOC-01.title=Un autre titre"), MESSAGES_EN);
        RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class,
                () -> ContractValidator.builder().additionalRules(folder).build());

        assertThat(e.problems()).extracting(RuleProblem::message).singleElement().asString()
                .contains("the rule's name gives its French title").contains("Un autre titre");
    }
}
