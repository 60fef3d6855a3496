package io.github.cls4j.rules.exemples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.rules.Finding;
import io.github.cls4j.rules.RuleDescription;
import io.github.cls4j.rules.ValidationReport;
import io.github.cls4j.rules.Validators;
import io.github.cls4j.rules.Validity;
import io.github.cls4j.rules.portfolio.PortfolioExemples;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule of the catalogue is shown by its examples, Peppol-style: at least one contract on
 * which it fires and one on which it does not, and, for a rule valid from or until a day, one on
 * each side of that day. The coverage table is printed.
 */
@DisplayName("Each rule fires on its examples and spares its counter-examples")
class RuleExamplesTest {

    private static final List<Exemple> EXEMPLES = Catalogue.exemples();
    private static final List<PortfolioExemples.Exemple> PORTFOLIO_EXEMPLES = PortfolioExemples.ALL;

    private static ValidationReport validate(Exemple e, Locale locale) {
        return Validators.BUNDLED.validate(e.contrat(), e.context().withLocale(locale));
    }

    @Test
    void the_conforming_contract_raises_nothing_under_any_bundled_profile() {
        for (String profile : Validators.BUNDLED.profiles().keySet()) {
            ValidationReport report = Validators.BUNDLED.validate(Exemples.conforme(),
                    io.github.cls4j.rules.ValidationContext.asOf(Exemples.CONTROLE).withProfile(profile));
            assertThat(report.findings()).as(profile).extracting(f -> f.ruleId() + "@" + f.path())
                    .filteredOn(line -> !("provence-alpes-cote-d-azur".equals(profile) && line.startsWith("CLS-STR-15")))
                    .isEmpty();
        }
    }

    @TestFactory
    Stream<DynamicTest> each_example() {
        return EXEMPLES.stream().map(e -> DynamicTest.dynamicTest(e.toString(), () -> {
            List<Finding> found = validate(e, Locale.FRENCH).findings(e.ruleId());
            if (e.fires()) {
                assertThat(found).as(e.toString()).isNotEmpty();
                if (e.path() != null) {
                    assertThat(found).extracting(f -> f.path().toString()).as(e.toString()).contains(e.path());
                }
            } else {
                assertThat(found).as(e.toString()).isEmpty();
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> each_message_reads_in_french_and_in_english() {
        return EXEMPLES.stream().filter(Exemple::fires).map(e -> DynamicTest.dynamicTest(e.toString(), () -> {
            Finding french = validate(e, Locale.FRENCH).findings(e.ruleId()).get(0);
            Finding english = validate(e, Locale.ENGLISH).findings(e.ruleId()).get(0);
            for (Finding f : List.of(french, english)) {
                assertThat(f.message()).as(e.toString()).isNotBlank().doesNotContainPattern("\\{\\d+}");
            }
            // The messages of Bean Validation come from the model; those of the rules are ours.
            if (!e.ruleId().startsWith("CLS-STRUCT-")) {
                assertThat(List.of(french.message(), english.message())).as(e.toString()).doesNotHaveDuplicates()
                        .noneMatch(m -> m.contains("null"));
            }
        }));
    }

    @Test
    void every_rule_of_the_catalogue_has_examples_on_both_sides_and_on_both_sides_of_its_dates() {
        Map<String, List<Exemple>> byRule = new TreeMap<>();
        EXEMPLES.forEach(e -> byRule.computeIfAbsent(e.ruleId(), id -> new ArrayList<>()).add(e));
        List<String> missing = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%-28s %6s %6s%n", "rule", "fires", "passes"));
        for (RuleDescription rule : Validators.BUNDLED.catalog().rules()) {
            List<Exemple> exemples = byRule.getOrDefault(rule.id(), List.of());
            // The portfolio checks have portfolios for examples (PortfolioExamplesTest runs them).
            List<PortfolioExemples.Exemple> portfolios = PORTFOLIO_EXEMPLES.stream().filter(e -> e.ruleId().equals(rule.id())).toList();
            long fires = exemples.stream().filter(Exemple::fires).count() + portfolios.stream().filter(PortfolioExemples.Exemple::fires).count();
            long passes = exemples.size() + portfolios.size() - fires;
            table.append(String.format("%-28s %6d %6d%n", rule.id(), fires, passes));
            if (fires == 0 || passes == 0) {
                missing.add(rule.id() + " lacks " + (fires == 0 ? "an example on which it fires" : "an example on which it does not"));
            }
            missing.addAll(dateSides(rule, exemples));
        }
        System.out.print(table);
        assertThat(byRule.keySet()).as("examples of rules that do not exist")
                .isSubsetOf(Validators.BUNDLED.catalog().rules().stream().map(RuleDescription::id).toList());
        assertThat(missing).isEmpty();
    }

    /** A rule valid from (until) a day needs an example it spares the day before (after). */
    private static List<String> dateSides(RuleDescription rule, List<Exemple> exemples) {
        Validity validity = rule.validity();
        List<String> missing = new ArrayList<>();
        List<LocalDate> spared = exemples.stream().filter(e -> !e.fires())
                .map(e -> validate(e, Locale.FRENCH).legalDate()).filter(d -> d != null).toList();
        List<LocalDate> fired = exemples.stream().filter(Exemple::fires)
                .map(e -> validate(e, Locale.FRENCH).legalDate()).filter(d -> d != null).toList();
        if (validity.since() != null) {
            if (spared.stream().noneMatch(d -> d.equals(validity.since().minusDays(1)))) {
                missing.add(rule.id() + " lacks an example it spares on " + validity.since().minusDays(1));
            }
            if (fired.stream().noneMatch(d -> d.equals(validity.since()))) {
                missing.add(rule.id() + " lacks an example on which it fires on " + validity.since());
            }
        }
        if (validity.until() != null) {
            if (spared.stream().noneMatch(d -> d.equals(validity.until().plusDays(1)))) {
                missing.add(rule.id() + " lacks an example it spares on " + validity.until().plusDays(1));
            }
            if (fired.stream().noneMatch(d -> d.equals(validity.until()))) {
                missing.add(rule.id() + " lacks an example on which it fires on " + validity.until());
            }
        }
        return missing;
    }
}
