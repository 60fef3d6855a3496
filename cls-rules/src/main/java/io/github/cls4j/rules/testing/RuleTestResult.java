package io.github.cls4j.rules.testing;

import io.github.cls4j.rules.RuleFailure;
import io.github.cls4j.rules.ValidationReport;
import io.github.cls4j.rules.internal.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A case run: its report and the expectations the report did not meet.
 *
 * @param testCase the case
 * @param report the report of its contract
 * @param failures its expectations that the report did not meet, in the order of the file
 */
public record RuleTestResult(RuleTestCase testCase, ValidationReport report, List<ExpectationFailure> failures) {

    /** Checks that nothing is missing and copies the failures. */
    public RuleTestResult {
        Objects.requireNonNull(testCase, "testCase");
        Objects.requireNonNull(report, "report");
        failures = List.copyOf(failures);
    }

    /**
     * Whether the case passed: every expectation met, and every rule ran to its end (a rule that
     * throws leaves a report that proves nothing).
     */
    public boolean passed() {
        return failures.isEmpty() && report.isComplete();
    }

    /** Whether {@code expectation} of this case was met. */
    public boolean met(Expectation expectation) {
        return report.isComplete() && failures.stream().noneMatch(f -> f.expectation().equals(expectation));
    }

    /** What went wrong, one line each: each expectation not met, then each rule that failed. */
    public List<String> describe(Locale locale) {
        List<String> lines = new ArrayList<>();
        failures.forEach(f -> lines.add(f.describe(locale)));
        for (RuleFailure failure : report.failures()) {
            lines.add(Texts.in(locale, "case.ruleFailed", testCase.file(), testCase.line(), testCase.name(),
                    failure.ruleId() == null ? "?" : failure.ruleId(), failure.source(), failure.error()));
        }
        return lines;
    }
}
