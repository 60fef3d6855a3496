package io.github.cls4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import io.github.cls4j.core.Contrats;
import io.github.cls4j.rules.exemples.BundledCases;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("The library logs one INFO line when it loads rules, and nothing above DEBUG when it validates")
class LoggingTest {

    @RegisterExtension
    final LogCapture log = new LogCapture();

    @Test
    void building_a_validator_logs_one_info_line_with_the_count_and_the_time() {
        ContractValidator validator = ContractValidator.builder().build();

        assertThat(log.events()).filteredOn(e -> e.getLoggerName().startsWith("io.github.cls4j"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getLevel()).isEqualTo(Level.INFO);
                    assertThat(e.getFormattedMessage())
                            .matches("cls4j: " + validator.catalog().size() + " rules loaded \\(\\d+ Drools rules, \\d+ Bean Validation constraints; version .+\\) in \\d+ ms");
                });
    }

    @Test
    void building_the_bundled_rules_and_validating_with_them_warns_of_nothing() {
        // Drools warns when it builds a rule that tests bound values in an eval(): the bundled
        // rules put such tests in their patterns, so that a host's log starts clean.
        ContractValidator validator = ContractValidator.builder().build();
        BundledCases.CASES.cases().forEach(c -> validator.validate(c.contrat(), c.context()));

        assertThat(log.atLeast(Level.WARN)).isEmpty();
    }

    @Test
    void validating_logs_nothing_above_debug() {
        ContractValidator validator = Validators.BUNDLED;
        log.clear();

        validator.validate(Contrats.complet());
        validator.validate(Contrats.minimal());
        // Every case breaks one rule or constraint, so every message is interpolated once.
        BundledCases.CASES.cases().forEach(c -> validator.validate(c.contrat(), c.context()));

        assertThat(log.atLeast(Level.INFO)).isEmpty();
    }
}
