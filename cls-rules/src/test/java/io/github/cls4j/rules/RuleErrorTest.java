package io.github.cls4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.Contrats;
import io.github.cls4j.core.contrat.ContratLocalSante;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule that throws an Error (a recursive function, an assertion) costs the findings of its rule
 * set, like a rule that throws an exception: the report says so and is incomplete, the other
 * contracts are validated, and the validator stays sound (docs/reliability.md, "Faults").
 */
@DisplayName("An Error from a rule is isolated like an exception")
class RuleErrorTest {

    private static final String RULES = """
            package regles.erreurs;

            import io.github.cls4j.core.contrat.ContratLocalSante;

            global io.github.cls4j.rules.facts.Findings findings;

            function int sansFin(int n) {
                return sansFin(n + 1);
            }

            rule "ERR-01 Une fonction récursive sans fin"
                @id(ERR-01) @severity(INFO) @family(GOOD_PRACTICE) @reference(CSP-L1434-10-IV)
            when
                $contrat : ContratLocalSante(intitule == "RECURSION")
            then
                findings.report($contrat, sansFin(0));
            end

            rule "ERR-02 Une assertion qui échoue"
                @id(ERR-02) @severity(INFO) @family(GOOD_PRACTICE) @reference(CSP-L1434-10-IV)
            when
                $contrat : ContratLocalSante(intitule == "ASSERTION")
            then
                if (true) { throw new AssertionError("jamais"); }
            end
            """;
    private static final String FRENCH = "ERR-01.message=jamais {0}\nERR-02.message=jamais\n";
    private static final String ENGLISH = "ERR-01.title=Endless\nERR-01.message=never {0}\nERR-02.title=Assertion\nERR-02.message=never\n";
    private static final ValidationContext CONTEXT = ValidationContext.asOf(LocalDate.of(2026, 11, 23));

    @TempDir
    static Path folder;

    private static ContractValidator validator;
    private static ExecutorService pool;

    @BeforeAll
    static void load() {
        new RuleFolder(folder).rules("regles/erreurs/erreurs.drl", RULES, FRENCH, ENGLISH);
        validator = ContractValidator.builder().additionalRules(folder).build();
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    private static ContratLocalSante titled(String intitule) {
        return Contrats.complet().toBuilder().intitule(intitule).build();
    }

    @Test
    void a_stack_overflow_in_a_consequence_is_a_failure_of_its_rule() {
        ValidationReport report = validator.validate(titled("RECURSION"), CONTEXT);

        assertThat(report.isComplete()).isFalse();
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("ERR-01");
            assertThat(f.error()).startsWith("java.lang.StackOverflowError");
            assertThat(f.kind()).isEqualTo(RuleFailure.Kind.ERROR_IN_CONSEQUENCE);
            assertThat(f.othersRan()).isFalse();
        });
        assertThat(report.findings(RuleFailure.FINDING_ID)).singleElement().satisfies(f -> assertThat(f.message())
                .startsWith("La règle ERR-01 (regles/erreurs/erreurs.drl:").contains("a échoué dans sa conséquence : java.lang.StackOverflowError")
                .contains("une erreur qui arrête les règles de " + folder)
                .endsWith(". Ses constats, et ceux des règles de " + folder + " qui n'avaient pas encore été évaluées, manquent :"
                        + " le rapport est incomplet."));
        // The bundled rules are another rule set: their findings are all there.
        assertThat(report.findings()).filteredOn(f -> f.ruleId().startsWith("CLS-") && !f.ruleId().equals(RuleFailure.FINDING_ID))
                .isEqualTo(Validators.BUNDLED.validate(titled("RECURSION"), CONTEXT).findings());
    }

    @Test
    void an_assertion_error_is_a_failure_too_and_the_validator_stays_sound() {
        ValidationReport sound = validator.validate(Contrats.complet(), CONTEXT);

        assertThat(validator.validate(titled("ASSERTION"), CONTEXT).failures()).singleElement()
                .satisfies(f -> assertThat(f.error()).isEqualTo("java.lang.AssertionError: jamais"));
        for (int i = 0; i < 5; i++) {
            validator.validate(titled("RECURSION"), CONTEXT);
        }

        assertThat(validator.validate(Contrats.complet(), CONTEXT).findings()).isEqualTo(sound.findings());
    }

    @Test
    void in_a_batch_the_other_contracts_are_validated() {
        List<ValidationReport> reports = validator.validateAll(List.of(titled("RECURSION"), Contrats.complet()), CONTEXT, pool);

        assertThat(reports).hasSize(2);
        assertThat(reports.get(0).isComplete()).isFalse();
        assertThat(reports.get(1).isComplete()).isTrue();
    }
}
