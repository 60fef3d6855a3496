package io.github.cls4j.rules.exemples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.rules.Finding;
import io.github.cls4j.rules.RuleDescription;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.rules.ValidationReport;
import io.github.cls4j.rules.Validators;
import io.github.cls4j.rules.portfolio.PortfolioExemples;
import io.github.cls4j.rules.testing.CaseFileProblem;
import io.github.cls4j.rules.testing.Expectation;
import io.github.cls4j.rules.testing.RuleCoverage;
import io.github.cls4j.rules.testing.RuleTestCase;
import io.github.cls4j.rules.testing.RuleTestResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule of the catalogue is shown by its cases, Peppol-style: the {@code *.cas.txt} files
 * beside the bundled DRL, run as {@code cls test} runs a rule author's. Each rule has a case on
 * which it fires and one it spares, and, for a rule valid from or until a day, one on each side of
 * that day. The portfolio's rules have portfolios for examples ({@link PortfolioExemples}).
 */
@DisplayName("Each rule fires on its cases and spares its counter-cases")
class RuleExamplesTest {

    @Test
    void every_case_file_reads() {
        assertThat(BundledCases.CASES.problems()).extracting(p -> p.describe(Locale.ENGLISH)).isEmpty();
        assertThat(BundledCases.CASES.cases()).isNotEmpty();
    }

    @Test
    void the_conforming_contract_raises_nothing_under_any_bundled_profile() {
        for (String profile : Validators.BUNDLED.profiles().keySet()) {
            ValidationReport report = Validators.BUNDLED.validate(Exemples.conforme(), ValidationContext.asOf(Exemples.CONTROLE).withProfile(profile));
            assertThat(report.findings()).as(profile).extracting(f -> f.ruleId() + "@" + f.path())
                    .filteredOn(line -> !("provence-alpes-cote-d-azur".equals(profile) && line.startsWith("CLS-STR-15")))
                    .isEmpty();
        }
    }

    @TestFactory
    Stream<DynamicTest> each_case() {
        return BundledCases.RUN.results().stream().map(r -> DynamicTest.dynamicTest(r.testCase().toString(),
                () -> assertThat(r.describe(Locale.FRENCH)).isEmpty()));
    }

    @TestFactory
    Stream<DynamicTest> each_message_reads_in_french_and_in_english() {
        return BundledCases.CASES.cases().stream().flatMap(c -> c.expectations().stream().filter(Expectation::present)
                .map(e -> DynamicTest.dynamicTest(c + " " + e.ruleId(), () -> {
                    Finding french = finding(c, e, Locale.FRENCH);
                    Finding english = finding(c, e, Locale.ENGLISH);
                    for (Finding f : List.of(french, english)) {
                        assertThat(f.message()).as(c.toString()).isNotBlank().doesNotContainPattern("\\{\\d+}");
                    }
                    // The messages of Bean Validation come from the model; those of the rules are ours.
                    if (!e.ruleId().startsWith("CLS-STRUCT-")) {
                        assertThat(List.of(french.message(), english.message())).as(c.toString()).doesNotHaveDuplicates()
                                .noneMatch(m -> m.contains("null"));
                    }
                })));
    }

    private static Finding finding(RuleTestCase c, Expectation e, Locale locale) {
        return Validators.BUNDLED.validate(c.contrat(), c.context().withLocale(locale)).findings(e.ruleId()).stream()
                .filter(e::matches).findFirst().orElseThrow();
    }

    @Test
    void every_rule_of_the_catalogue_has_cases_on_both_sides_and_on_both_sides_of_its_dates() {
        List<String> missing = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%-28s %6s %6s%n", "rule", "fires", "spares"));
        for (RuleDescription rule : Validators.BUNDLED.catalog().rules()) {
            List<PortfolioExemples.Exemple> portfolios = PortfolioExemples.ALL.stream().filter(e -> e.ruleId().equals(rule.id())).toList();
            if (!portfolios.isEmpty()) {
                long fires = portfolios.stream().filter(PortfolioExemples.Exemple::fires).count();
                table.append(String.format("%-28s %6d %6d%n", rule.id(), fires, portfolios.size() - fires));
                if (fires == 0 || fires == portfolios.size()) {
                    missing.add(rule.id() + " lacks a portfolio on " + (fires == 0 ? "which it fires" : "which it does not"));
                }
                continue;
            }
            RuleCoverage coverage = BundledCases.RUN.coverage(rule);
            table.append(String.format("%-28s %6d %6d%n", rule.id(), coverage.fires(), coverage.spares()));
            coverage.missing().forEach(m -> missing.add(rule.id() + ": " + m));
        }
        System.out.print(table);
        assertThat(BundledCases.CASES.cases().stream().flatMap(c -> c.expectations().stream()).map(Expectation::ruleId).distinct())
                .as("cases of rules that do not exist")
                .isSubsetOf(Validators.BUNDLED.catalog().rules().stream().map(RuleDescription::id).toList());
        assertThat(missing).isEmpty();
    }

    @Test
    void the_cases_all_pass() {
        assertThat(BundledCases.RUN.failed()).extracting(RuleTestResult::testCase).isEmpty();
        assertThat(BundledCases.RUN.problems()).extracting(CaseFileProblem::toString).isEmpty();
    }
}
