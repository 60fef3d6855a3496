package io.github.cls4j.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of mistake a rule author makes, whatever stage of Drools' compiler finds it, is a
 * {@link RuleCompilationException} at its file and line, in French and in English, with what to do.
 */
@DisplayName("A mistake in a rule is told at its line with what to do about it")
class CompilerHintsTest {

    private static final String HEAD = """
            package regles.locales;
            import io.github.cls4j.core.contrat.ContratLocalSante;
            import io.github.cls4j.core.strategie.AxeStrategique;
            import io.github.cls4j.core.strategie.Financement;
            import java.math.BigDecimal;
            global io.github.cls4j.rules.facts.Findings findings;
            """;
    private static final String AXES = """
            rule "LOC-01 Chaque axe compte deux objectifs"
                @id(LOC-01) @severity(WARNING) @family(GOOD_PRACTICE) @reference(GUIDES-ARS-CLS)
            when
                $axe : AxeStrategique(objectifs.size() < 2)
            then
                findings.reportAt($axe, "objectifs");
            end
            """;
    private static final String AMOUNTS = """
            rule "LOC-02 Les fiches chiffrent leurs financements"
                @id(LOC-02) @severity(INFO) @family(GOOD_PRACTICE) @reference(GUIDES-ARS-CLS)
            when
                $contrat : ContratLocalSante()
                $total : BigDecimal(signum() > 0) from accumulate(Financement(montant != null, $montant : montant), sum($montant))
            then
                findings.reportAt($contrat, "axes", $total);
            end
            """;

    @TempDir
    Path dir;

    private RuleProblem problem(String drl) {
        RuleFolder folder = new RuleFolder(dir).rules("regles.drl", drl,
                "LOC-01.message=Un seul objectif.\nLOC-02.message=Total {0}.\n",
                "LOC-01.title=Two objectives\nLOC-01.message=One objective.\nLOC-02.title=Amounts\nLOC-02.message=Total {0}.\n");
        RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class,
                () -> ContractValidator.builder().rules(folder.path()).build());
        assertThat(e).as("the folder should not load").isNotNull();
        List<RuleProblem> problems = e.problems();
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void the_rules_as_written_compile() {
        new RuleFolder(dir).rules("regles.drl", HEAD + AXES + AMOUNTS, "LOC-01.message=Un.\nLOC-02.message=Total {0}.\n",
                "LOC-01.title=Two\nLOC-01.message=One.\nLOC-02.title=Amounts\nLOC-02.message=Total {0}.\n");
        assertThat(ContractValidator.builder().rules(dir).build().catalog().rules()).extracting(RuleDescription::id).contains("LOC-01", "LOC-02");
    }

    @Test
    void a_type_not_imported_is_told_with_its_import() {
        RuleProblem p = problem(HEAD.replace("import io.github.cls4j.core.strategie.AxeStrategique;\n", "") + AXES);

        assertThat(p.describe(Locale.FRENCH)).isEqualTo("regles.drl:9 : règle « LOC-01 Chaque axe compte deux objectifs » : le type"
                + " AxeStrategique n'est pas importé : ajoutez « import io.github.cls4j.core.strategie.AxeStrategique; » en tête du fichier"
                + " (Drools : Unable to find class: AxeStrategique)");
        assertThat(p.toString()).isEqualTo("regles.drl:9: rule \"LOC-01 Chaque axe compte deux objectifs\": Unable to find class:"
                + " AxeStrategique — the type AxeStrategique is not imported: add \"import io.github.cls4j.core.strategie.AxeStrategique;\""
                + " at the head of the file");
    }

    @Test
    void a_misspelt_type_is_told_with_the_nearest_names() {
        RuleProblem p = problem(HEAD + AXES.replace("AxeStrategique(", "AxeStrategiqe("));

        assertThat(p.describe(Locale.FRENCH)).isEqualTo("regles.drl:10 : règle « LOC-01 Chaque axe compte deux objectifs » : aucun type"
                + " AxeStrategiqe ; vouliez-vous dire AxeStrategique ? (Drools : Unable to find class: AxeStrategiqe)");
    }

    @Test
    void a_misspelt_property_is_told_with_the_nearest_and_every_property_of_the_fact() {
        RuleProblem p = problem(HEAD + AXES.replace("objectifs.size()", "objectif.size()"));

        assertThat(p.describe(Locale.FRENCH)).isEqualTo("regles.drl:10 : règle « LOC-01 Chaque axe compte deux objectifs » :"
                + " AxeStrategique n'a pas de propriété « objectif » ; vouliez-vous dire objectifs ? Ses propriétés : code, intitule,"
                + " thematiques, champs, objectifsPrs, objectifs, seRattacheAuPrs() (Drools : Unable to Analyse Expression objectif.size() < 2:)");
        assertThat(p.toString()).endsWith("— AxeStrategique has no property \"objectif\"; did you mean objectifs? Its properties: code,"
                + " intitule, thematiques, champs, objectifsPrs, objectifs, seRattacheAuPrs()");
    }

    @Test
    void a_rule_without_the_global_is_told_to_declare_it() {
        RuleProblem p = problem(HEAD.replace("global io.github.cls4j.rules.facts.Findings findings;\n", "") + AXES);

        assertThat(p.describe(Locale.FRENCH)).isEqualTo("regles.drl:11 : règle « LOC-01 Chaque axe compte deux objectifs » : la règle"
                + " rapporte par findings sans que le fichier le déclare : ajoutez « global io.github.cls4j.rules.facts.Findings findings; »"
                + " en tête du fichier (Drools : findings cannot be resolved)");
    }

    @Test
    void a_rule_without_package_imports_or_global_is_told_at_its_line_not_thrown() {
        RuleProblem p = problem(AXES);

        assertThat(p.file()).isEqualTo("regles.drl");
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.describe(Locale.FRENCH)).contains("ajoutez « import io.github.cls4j.core.strategie.AxeStrategique; »");
    }

    @Test
    void a_variable_an_accumulate_does_not_bind_is_told_at_its_line_where_drools_throws() {
        RuleProblem p = problem(HEAD + AMOUNTS.replace("sum($montant)", "sum($mountant)"));

        assertThat(p.describe(Locale.FRENCH)).isEqualTo("regles.drl:11 : règle « LOC-02 Les fiches chiffrent leurs financements » :"
                + " l'accumulate utilise $mountant, que son motif ne lie pas ; liez-la dans le motif, comme Financement($mountant : montant)"
                + " (Drools : Unknown parameter in accumulate: $mountant)");
        assertThat(p.toString()).isEqualTo("regles.drl:11: rule \"LOC-02 Les fiches chiffrent leurs financements\": Unknown parameter in"
                + " accumulate: $mountant — the accumulate uses $mountant, which its pattern does not bind; bind it in the pattern, as"
                + " Financement($mountant : montant)");
    }

    @Test
    void an_unknown_accumulate_function_is_told_with_the_functions() {
        RuleProblem p = problem(HEAD + AMOUNTS.replace("sum($montant)", "summ($montant)"));

        assertThat(p.line()).isEqualTo(11);
        assertThat(p.describe(Locale.FRENCH)).startsWith("regles.drl:11 : règle « LOC-02 Les fiches chiffrent leurs financements » :"
                + " aucune fonction d'accumulate summ ; vouliez-vous dire sum ? Les fonctions : sum, count, min, max, average, collectList,"
                + " collectSet (Drools : Unknown accumulate function: 'summ'");
    }

    @Test
    void a_parse_error_is_told_once_without_the_parser_echo() {
        RuleProblem p = problem(HEAD + AMOUNTS.replace("sum($montant))", "sum($montant)"));

        assertThat(p.line()).isEqualTo(12);
        assertThat(p.describe(Locale.FRENCH)).startsWith("regles.drl:12 : règle « LOC-02 Les fiches chiffrent leurs financements » :"
                + " Drools : mismatched input 'then'");
    }
}
