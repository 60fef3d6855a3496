package io.github.cls4j.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.cls4j.core.Contrats;
import io.github.cls4j.core.contrat.ContratLocalSante;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No rule runs for ever: a validation keeps to its time and rule firings, and past them its report
 * is incomplete and names the rule that was running; a rule that never yields holds its thread,
 * not the batch (docs/reliability.md, "Limits of a validation").
 */
@DisplayName("No rule runs for ever")
public class RuleLimitsTest {

    /** Lets the rule that never yields end when the tests are done, so that it does not spin for the rest of the build. */
    public static volatile boolean released;

    private static final String RULES = """
            package regles.limites;

            import io.github.cls4j.core.contrat.ContratLocalSante;

            global io.github.cls4j.rules.facts.Findings findings;

            declare Balle
                rebonds : int
            end

            rule "LIM-01 Une boucle sans fin dans la conséquence"
                @id(LIM-01) @severity(INFO) @family(GOOD_PRACTICE) @reference(CSP-L1434-10-IV)
            when
                $contrat : ContratLocalSante(intitule == "BOUCLE")
            then
                while (!io.github.cls4j.rules.RuleLimitsTest.released) { }
            end

            rule "LIM-02 Ping"
                @id(LIM-02) @severity(INFO) @family(GOOD_PRACTICE) @reference(CSP-L1434-10-IV)
            when
                ContratLocalSante(intitule == "PING-PONG")
                Balle($n : rebonds, rebonds % 2 == 0)
            then
                insert(new Balle($n + 1));
            end

            rule "LIM-03 Pong"
                @id(LIM-03) @severity(INFO) @family(GOOD_PRACTICE) @reference(CSP-L1434-10-IV)
            when
                ContratLocalSante(intitule == "PING-PONG")
                Balle($n : rebonds, rebonds % 2 == 1)
            then
                insert(new Balle($n + 1));
            end

            rule "LIM-04 Le premier rebond"
                @id(LIM-04) @severity(INFO) @family(GOOD_PRACTICE) @reference(CSP-L1434-10-IV)
            when
                ContratLocalSante(intitule == "PING-PONG")
            then
                insert(new Balle(0));
            end

            rule "LIM-05 Une règle lente"
                @id(LIM-05) @severity(INFO) @family(GOOD_PRACTICE) @reference(CSP-L1434-10-IV)
            when
                ContratLocalSante(intitule == "LENT")
                $i : Integer() from java.util.List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
            then
                Thread.sleep(200);
            end
            """;
    private static final String FRENCH = """
            LIM-01.message=jamais
            LIM-02.message=ping
            LIM-03.message=pong
            LIM-04.message=service
            LIM-05.message=lent
            """;
    private static final String ENGLISH = """
            LIM-01.title=Endless
            LIM-01.message=never
            LIM-02.title=Ping
            LIM-02.message=ping
            LIM-03.title=Pong
            LIM-03.message=pong
            LIM-04.title=Serve
            LIM-04.message=serve
            LIM-05.title=Slow
            LIM-05.message=slow
            """;
    private static final ValidationContext CONTEXT = ValidationContext.asOf(LocalDate.of(2026, 11, 23));
    /** Few firings; time enough for a first validation in a cold JVM. */
    private static final ValidationLimits FEW_FIRINGS = ValidationLimits.defaults().withRuleFirings(1_000, 0);
    /** Little time, but more than a warm validation of a sound contract takes (a few milliseconds). */
    private static final ValidationLimits LITTLE_TIME = ValidationLimits.defaults().withTime(Duration.ofMillis(500))
            .withGrace(Duration.ofMillis(200));

    @TempDir
    static Path folder;
    private static ContractValidator validator;
    private static ContractValidator hasty;
    private static ExecutorService pool;

    @BeforeAll
    static void load() {
        new RuleFolder(folder).rules("regles/limites/limites.drl", RULES, FRENCH, ENGLISH);
        validator = ContractValidator.builder().additionalRules(folder).limits(FEW_FIRINGS).build();
        hasty = ContractValidator.builder().additionalRules(folder).limits(LITTLE_TIME).build();
        // Warm: the first validation in a JVM takes far longer than the others.
        validator.validate(Contrats.complet(), CONTEXT);
        hasty.validate(Contrats.complet(), CONTEXT);
        pool = Executors.newCachedThreadPool();
    }

    @AfterAll
    static void stop() {
        released = true;
        pool.shutdownNow();
    }

    private static ContratLocalSante titled(String intitule) {
        return Contrats.complet().toBuilder().intitule(intitule).build();
    }

    @Test
    void rules_that_fire_each_other_for_ever_stop_at_the_firing_limit_which_the_report_names() {
        ValidationReport report = validator.validate(titled("PING-PONG"), CONTEXT);

        assertThat(report.isComplete()).isFalse();
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(RuleFailure.Kind.FIRING_LIMIT);
            assertThat(f.ruleId()).isIn("LIM-02", "LIM-03");
            assertThat(f.error()).isEqualTo("1000");
        });
        assertThat(report.findings(RuleFailure.FINDING_ID)).singleElement().satisfies(f -> assertThat(f.message())
                .startsWith("Les règles se sont déclenchées plus de 1000 fois, la limite d'une validation : des règles se déclenchent"
                        + " sans doute les unes les autres sans fin, la dernière étant LIM-0")
                .contains("(regles/limites/limites.drl:"));
    }

    @Test
    void a_slow_rule_stops_at_the_time_limit_and_is_named_in_english_too() {
        ValidationReport report = hasty.validate(titled("LENT"), CONTEXT.withLocale(Locale.ENGLISH));

        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(RuleFailure.Kind.TIME_LIMIT);
            assertThat(f.ruleId()).isEqualTo("LIM-05");
            assertThat(f.error()).isEqualTo("0.5 s");
        });
        assertThat(report.findings(RuleFailure.FINDING_ID)).singleElement().satisfies(f -> assertThat(f.message())
                .startsWith("The rule LIM-05 (regles/limites/limites.drl:").contains("was the last to run before the validation passed its"
                        + " time limit (0.5 s)"));
    }

    @Test
    void a_rule_that_never_yields_gets_its_report_in_a_batch_and_the_other_contracts_theirs() {
        List<ValidationReport> reports = hasty.validateAll(List.of(titled("BOUCLE"), Contrats.complet()), CONTEXT, pool);

        assertThat(reports.get(0).failures()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(RuleFailure.Kind.STUCK);
            assertThat(f.ruleId()).isEqualTo("LIM-01");
        });
        assertThat(reports.get(0).findings(RuleFailure.FINDING_ID)).singleElement().satisfies(f -> assertThat(f.message())
                .startsWith("La règle LIM-01 (regles/limites/limites.drl:").contains("ne rend pas la main : sa conséquence s'exécute"
                        + " encore après la limite de temps de la validation (0.5 s)"));
        assertThat(reports.get(0).isValid()).isFalse();
        assertThat(reports.get(1)).isEqualTo(hasty.validate(Contrats.complet(), CONTEXT));
    }

    @Test
    void when_stuck_rules_hold_every_thread_the_contracts_left_waiting_are_said_not_to_have_started() {
        ExecutorService one = Executors.newFixedThreadPool(1);
        try {
            List<ValidationReport> reports = hasty.validateAll(List.of(titled("BOUCLE"), Contrats.complet()), CONTEXT, one);

            assertThat(reports.get(0).failures()).extracting(RuleFailure::kind).containsExactly(RuleFailure.Kind.STUCK);
            assertThat(reports.get(1).failures()).extracting(RuleFailure::kind).containsExactly(RuleFailure.Kind.NOT_STARTED);
            assertThat(reports.get(1).findings(RuleFailure.FINDING_ID)).singleElement().satisfies(f -> assertThat(f.message())
                    .startsWith("La validation de ce contrat n'a pas pu commencer : pendant 0.7 s, les fils sur lesquels elle devait"));
        } finally {
            one.shutdownNow();
        }
    }

    @Test
    void limits_shorter_than_the_structural_check_give_each_contract_a_report_never_an_exception() {
        ContractValidator instant = ContractValidator.builder().limits(ValidationLimits.defaults().withTime(Duration.ofNanos(1))
                .withGrace(Duration.ofNanos(1))).build();
        List<ContratLocalSante> contrats = java.util.Collections.nCopies(20, Contrats.complet());

        List<ValidationReport> reports = instant.validateAll(contrats, CONTEXT, pool);

        assertThat(reports).hasSize(20).allSatisfy(r -> {
            assertThat(r.contractId()).isEqualTo(Contrats.complet().id());
            assertThat(r.isComplete()).isFalse();
        });
    }

    @Test
    void after_passing_its_limits_the_validator_gives_the_same_reports() {
        ValidationReport sound = validator.validate(Contrats.complet(), CONTEXT);
        for (int i = 0; i < 5; i++) {
            validator.validate(titled("PING-PONG"), CONTEXT);
        }

        assertThat(validator.validate(Contrats.complet(), CONTEXT)).isEqualTo(sound);
    }

    @Test
    void the_bundled_rules_keep_to_the_limits_too() {
        ValidationReport report = ContractValidator.builder().limits(ValidationLimits.defaults().withRuleFirings(1, 0)).build()
                .validate(Contrats.complet(), CONTEXT);

        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(RuleFailure.Kind.FIRING_LIMIT);
            assertThat(f.ruleSet()).isEqualTo("cls-rules");
            assertThat(f.ruleId()).startsWith("CLS-");
        });
    }

    @Test
    void a_validator_keeps_the_default_limits_unless_told_and_they_leave_a_contract_whole() {
        assertThat(ContractValidator.builder().build().limits()).isEqualTo(ValidationLimits.defaults());
        assertThat(Validators.BUNDLED.validate(Contrats.complet(), CONTEXT).isComplete()).isTrue();
    }

    @Test
    void the_firing_limit_follows_the_size_of_the_contract() {
        ValidationLimits limits = ValidationLimits.defaults();

        assertThat(limits.ruleFiringsFor(60)).isEqualTo(101_200);
        assertThat(limits.ruleFiringsFor(300_021)).isEqualTo(6_100_420);
        assertThat(limits.withRuleFirings(Long.MAX_VALUE - 1, 20).ruleFiringsFor(10)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void by_default_rules_that_insert_facts_for_ever_on_a_small_contract_stop_long_before_the_memory_is_full() {
        ValidationReport report = ContractValidator.builder().additionalRules(folder).build().validate(titled("PING-PONG"), CONTEXT);

        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(RuleFailure.Kind.FIRING_LIMIT);
            assertThat(Long.parseLong(f.error())).isEqualTo(ValidationLimits.defaults().ruleFiringsFor(
                    io.github.cls4j.core.path.ContractElements.of(titled("PING-PONG")).all().size()));
        });
    }

    @Test
    void a_limit_that_is_not_positive_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> ValidationLimits.defaults().withRuleFirings(0, 20));
        assertThatIllegalArgumentException().isThrownBy(() -> ValidationLimits.defaults().withRuleFirings(1, -1));
        assertThatIllegalArgumentException().isThrownBy(() -> ValidationLimits.defaults().withTime(Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> ValidationLimits.defaults().withGrace(Duration.ofSeconds(-1)));
        assertThatIllegalArgumentException().as("beyond a century").isThrownBy(() -> ValidationLimits.defaults().withTime(Duration.ofDays(36_526)));
        assertThat(ContractValidator.builder().limits(ValidationLimits.defaults().withTime(Duration.ofDays(36_525))
                .withGrace(Duration.ofDays(36_525))).build().validate(Contrats.complet(), CONTEXT).isComplete()).isTrue();
    }
}
