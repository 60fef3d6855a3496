package io.github.cls4j.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.cli.Cli;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The limits of a validation are set on the command line, and told in words when they cannot be
 * used; the rule that never yields is in {@code ShadedJarIT}, in a process of its own.
 */
@DisplayName("--time-limit and --rule-firings bound each validation")
class LimitOptionsTest {

    @Test
    void past_the_firing_limit_the_report_is_incomplete_and_names_the_last_rule() {
        Cli.Result r = Cli.run("validate", "--rule-firings", "1", "--samples");

        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("RAPPORT INCOMPLET").contains("Les règles se sont déclenchées plus de 1 fois, la limite d'une validation");
    }

    @Test
    void a_time_limit_large_enough_changes_nothing() {
        assertThat(Cli.run("validate", "--time-limit", "0.5e3", "--samples")).isEqualTo(Cli.run("validate", "--samples"));
    }

    @Test
    void a_limit_that_is_not_positive_or_not_a_number_is_told_in_french_and_in_english() {
        Cli.Result zero = Cli.run("validate", "--time-limit", "0", "--samples");
        Cli.Result words = Cli.run("validate", "--rule-firings", "beaucoup", "--samples");
        Cli.Result english = Cli.run("validate", "--lang", "en", "--time-limit", "0.0001", "--samples");

        assertThat(zero.exit()).isEqualTo(2);
        assertThat(zero.err()).contains("Valeur invalide pour --time-limit : « 0 » ; attendu : un nombre de secondes plus grand que zéro");
        assertThat(words.exit()).isEqualTo(2);
        assertThat(words.err()).contains("Valeur invalide pour --rule-firings : « beaucoup » ; attendu : un nombre entier plus grand que zéro");
        assertThat(english.exit()).isEqualTo(2);
        assertThat(english.err()).contains("--time-limit").contains("a number of seconds greater than zero, at most 1000000000, to the millisecond");
    }
}
