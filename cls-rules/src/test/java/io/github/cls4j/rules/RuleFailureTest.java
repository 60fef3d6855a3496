package io.github.cls4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.Contrats;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.Derogation;
import io.github.cls4j.core.path.ElementPath;
import io.github.cls4j.core.strategie.AxeStrategique;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule author's bug costs that rule's findings, never the validation: the rules below throw on
 * purpose, in a consequence or in a condition, when the contract's title or an axis's title says
 * {@code PANNE}.
 */
@DisplayName("A rule that throws at run time is reported, and the other rules' findings are kept")
class RuleFailureTest {

    private static final String HEADER = """
            package regles.pannes;

            import io.github.cls4j.core.contrat.ContratLocalSante;
            import io.github.cls4j.core.strategie.AxeStrategique;

            global io.github.cls4j.rules.facts.Findings findings;

            """;

    /** Throws in its consequence, on an axis: the failure is reported at that axis. */
    private static final String IN_CONSEQUENCE = """
            rule "PANNE-01 Un axe dont l'intitulé dit PANNE fait échouer la conséquence"
                @id(PANNE-01) @severity(INFO) @family(REGIONAL) @reference(CSP-L1434-10-IV)
                salience 10
            when
                $contrat : ContratLocalSante()
                $axe : AxeStrategique(intitule == "PANNE") from $contrat.axes
            then
                findings.report($axe, Integer.parseInt($axe.intitule()));
            end

            """;

    /** Reports every contract, after PANNE-01: a consequence that fails does not stop it. */
    private static final String AFTER = """
            rule "PANNE-02 Toujours, après PANNE-01"
                @id(PANNE-02) @severity(INFO) @family(REGIONAL) @reference(CSP-L1434-10-IV)
                salience 1
            when
                $contrat : ContratLocalSante()
            then
                findings.report($contrat);
            end

            """;

    /** Throws in a condition when the contract's title is PANNE, shorter than 100 characters. */
    private static final String IN_CONDITION = """
            rule "PANNE-03 Un intitulé PANNE fait échouer la condition"
                @id(PANNE-03) @severity(INFO) @family(REGIONAL) @reference(CSP-L1434-10-IV)
            when
                $contrat : ContratLocalSante(intitule != null, intitule != "PANNE" || intitule.charAt(99) == 'x')
            then
                findings.report($contrat);
            end

            """;

    /** Throws in the expression of a {@code from} when the contract's title is PANNE-FROM. */
    private static final String IN_FROM = """
            rule "PANNE-04 Un intitulé PANNE-FROM fait échouer un from"
                @id(PANNE-04) @severity(INFO) @family(REGIONAL) @reference(CSP-L1434-10-IV)
            when
                $contrat : ContratLocalSante(intitule != null)
                $mot : String() from java.util.List.of($contrat.intitule().equals("PANNE-FROM") ? $contrat.intitule().substring(99) : "")
            then
                findings.report($contrat);
            end
            """;

    private static final String MESSAGES = """
            PANNE-01.message=jamais écrit {0}
            PANNE-02.message=toujours
            PANNE-03.message=jamais écrit
            PANNE-04.message=jamais écrit
            """;

    private static final String MESSAGES_EN = """
            PANNE-01.title=Failure in a consequence
            PANNE-01.message=never written {0}
            PANNE-02.title=Always
            PANNE-02.message=always
            PANNE-03.title=Failure in a condition
            PANNE-03.message=never written
            PANNE-04.title=Failure in a from
            PANNE-04.message=never written
            """;

    private static final ValidationContext CONTEXT = ValidationContext.asOf(LocalDate.of(2026, 11, 23));

    @TempDir
    static Path folder;

    private static ContractValidator validator;

    @BeforeAll
    static void loadTheBrokenRules() {
        new RuleFolder(folder).rules("regles/pannes/pannes.drl", HEADER + IN_CONSEQUENCE + AFTER + IN_CONDITION + IN_FROM, MESSAGES, MESSAGES_EN);
        validator = ContractValidator.builder().additionalRules(folder).build();
    }

    private static ContratLocalSante withFirstAxis(String intitule) {
        ContratLocalSante contrat = Contrats.complet();
        List<AxeStrategique> axes = new ArrayList<>(contrat.axes());
        AxeStrategique first = axes.get(0);
        axes.set(0, new AxeStrategique(first.code(), intitule, first.thematiques(), first.champs(), first.objectifsPrs(), first.objectifs()));
        return contrat.toBuilder().axes(axes).build();
    }

    /** The findings of the bundled rules alone, which a failure in the folder's rules must not touch. */
    private static List<Finding> bundledFindings(ValidationReport report) {
        return report.findings().stream().filter(f -> !f.ruleId().startsWith("PANNE-") && !f.ruleId().equals(RuleFailure.FINDING_ID)).toList();
    }

    @Test
    void a_contract_that_breaks_nothing_gives_a_complete_report() {
        ValidationReport report = validator.validate(Contrats.complet(), CONTEXT);

        assertThat(report.isComplete()).isTrue();
        assertThat(report.failures()).isEmpty();
        assertThat(report.findings(RuleFailure.FINDING_ID)).isEmpty();
        assertThat(report.findings("PANNE-02")).hasSize(1);
    }

    @Test
    void a_consequence_that_throws_is_reported_at_its_element_and_the_other_rules_go_on() {
        ContratLocalSante contrat = withFirstAxis("PANNE");

        ValidationReport report = validator.validate(contrat, CONTEXT);

        assertThat(report.isComplete()).isFalse();
        assertThat(report.isValid()).isFalse();
        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.ruleId()).isEqualTo("PANNE-01");
            assertThat(failure.ruleSet()).isEqualTo(folder.toString());
            assertThat(failure.source()).isEqualTo("regles/pannes/pannes.drl:8");
            assertThat(failure.path()).isEqualTo(ElementPath.parse("axes[0]"));
            assertThat(failure.error()).isEqualTo("java.lang.NumberFormatException: For input string: \"PANNE\"");
            assertThat(failure.othersRan()).isTrue();
        });
        assertThat(report.findings(RuleFailure.FINDING_ID)).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.path()).isEqualTo(ElementPath.parse("axes[0]"));
            assertThat(finding.message()).isEqualTo("La règle PANNE-01 (regles/pannes/pannes.drl:8) a échoué dans sa conséquence :"
                    + " java.lang.NumberFormatException: For input string: \"PANNE\". Ses constats manquent : le rapport est incomplet.");
            assertThat(finding.reference().id()).isEqualTo("CLS4J-MOTEUR");
        });
        assertThat(report.findings("PANNE-02")).as("a rule fired after the failure").hasSize(1);
        assertThat(bundledFindings(report)).isEqualTo(bundledFindings(Validators.BUNDLED.validate(contrat, CONTEXT)));
    }

    @Test
    void a_condition_that_throws_names_its_rule_and_the_bundled_rules_findings_are_kept() {
        ContratLocalSante contrat = Contrats.complet().toBuilder().intitule("PANNE").build();

        ValidationReport report = validator.validate(contrat, CONTEXT);

        assertThat(report.isComplete()).isFalse();
        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.ruleId()).isEqualTo("PANNE-03");
            assertThat(failure.source()).isEqualTo("regles/pannes/pannes.drl:27");
            assertThat(failure.path()).isEqualTo(ElementPath.root());
            assertThat(failure.error()).startsWith("'").contains("charAt").contains("StringIndexOutOfBoundsException");
            assertThat(failure.othersRan()).isFalse();
        });
        assertThat(report.findings(RuleFailure.FINDING_ID)).singleElement()
                .satisfies(finding -> assertThat(finding.message()).startsWith("La règle PANNE-03 (regles/pannes/pannes.drl:27) a échoué dans ses conditions : '")
                        .endsWith("manquent : le rapport est incomplet.").contains("des règles de " + folder));
        assertThat(bundledFindings(report)).isNotEmpty().isEqualTo(bundledFindings(Validators.BUNDLED.validate(contrat, CONTEXT)));
    }

    /** Drools does not say which rule a {@code from} expression belongs to: the failure names the rule set. */
    @Test
    void a_from_expression_that_throws_is_reported_at_its_rule_set() {
        ValidationReport report = validator.validate(Contrats.complet().toBuilder().intitule("PANNE-FROM").build(), CONTEXT);

        assertThat(report.isComplete()).isFalse();
        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.ruleId()).isNull();
            assertThat(failure.ruleSet()).isEqualTo(folder.toString());
            assertThat(failure.source()).isNull();
            assertThat(failure.error()).isEqualTo("java.lang.StringIndexOutOfBoundsException: begin 99, end 10, length 10");
            assertThat(failure.othersRan()).isFalse();
        });
        assertThat(report.findings(RuleFailure.FINDING_ID)).singleElement().satisfies(finding -> assertThat(finding.message())
                .isEqualTo("Une règle de " + folder + " a échoué dans ses conditions, sans que le moteur dise laquelle :"
                        + " java.lang.StringIndexOutOfBoundsException: begin 99, end 10, length 10. Les constats des règles de " + folder
                        + " qui n'avaient pas encore été évaluées manquent : le rapport est incomplet."));
        assertThat(bundledFindings(report)).isNotEmpty();
    }

    @Test
    void the_failure_is_told_in_english_when_asked() {
        ValidationReport report = validator.validate(withFirstAxis("PANNE"), CONTEXT.withLocale(Locale.ENGLISH));

        assertThat(report.findings(RuleFailure.FINDING_ID)).singleElement().satisfies(finding -> assertThat(finding.message())
                .isEqualTo("The rule PANNE-01 (regles/pannes/pannes.drl:8) failed in its consequence:"
                        + " java.lang.NumberFormatException: For input string: \"PANNE\". Its findings are missing: the report is incomplete."));
    }

    @Test
    void no_derogation_hides_a_failure() {
        ContratLocalSante contrat = withFirstAxis("PANNE").toBuilder()
                .derogations(List.of(new Derogation(RuleFailure.FINDING_ID, "On sait", "ARS", LocalDate.of(2026, 1, 1), null)))
                .build();

        ValidationReport report = validator.validate(contrat, CONTEXT);

        assertThat(report.findings(RuleFailure.FINDING_ID)).hasSize(1);
        assertThat(report.waived()).noneMatch(w -> w.finding().ruleId().equals(RuleFailure.FINDING_ID));
    }

    @Test
    void after_failures_the_validator_gives_the_same_reports_as_before() {
        ContratLocalSante sound = Contrats.complet();
        ValidationReport before = validator.validate(sound, CONTEXT);

        for (int i = 0; i < 20; i++) {
            validator.validate(withFirstAxis("PANNE"), CONTEXT);
            validator.validate(Contrats.complet().toBuilder().intitule("PANNE").build(), CONTEXT);
        }

        assertThat(validator.validate(sound, CONTEXT)).isEqualTo(before);
        assertThat(validator.validate(Contrats.minimal(), CONTEXT))
                .isEqualTo(ContractValidator.builder().additionalRules(folder).build().validate(Contrats.minimal(), CONTEXT));
    }
}
