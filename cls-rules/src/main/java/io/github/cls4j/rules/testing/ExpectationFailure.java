package io.github.cls4j.rules.testing;

import io.github.cls4j.rules.Finding;
import io.github.cls4j.rules.internal.text.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An expectation of a case that its report did not meet, with what the report held instead.
 *
 * @param testCase the case
 * @param expectation what it expected
 * @param ruleKnown whether the rule it names is one of the rules run: a misspelt id is a failure,
 *     even of an {@code absent:} that no finding contradicts
 * @param got the findings of the expected rule in the report, in report order
 */
public record ExpectationFailure(RuleTestCase testCase, Expectation expectation, boolean ruleKnown, List<Finding> got) {

    /** Checks that nothing is missing and copies the findings. */
    public ExpectationFailure {
        Objects.requireNonNull(testCase, "testCase");
        Objects.requireNonNull(expectation, "expectation");
        got = List.copyOf(got);
    }

    /**
     * The failure on one line, at the line of the expectation, e.g. {@code
     * loi/sante_mentale.cas.txt:14: cas « signé sans volet » : attendu CLS-LEG-03 à voletSanteMentale ;
     * obtenu aucun constat CLS-LEG-03}.
     */
    public String describe(Locale locale) {
        if (!ruleKnown) {
            return Texts.in(locale, "case.unknownRule", testCase.file(), expectation.line(), testCase.name(), expectation.ruleId());
        }
        String obtained = got.isEmpty() ? Texts.in(locale, "case.gotNone", expectation.ruleId())
                : got.stream().map(f -> Expectation.describe(locale, f.ruleId(), f.path(), f.severity())).collect(Collectors.joining(", "));
        String expected = expectation.present() ? expectation.describe(locale) : Texts.in(locale, "case.none", expectation.describe(locale));
        return Texts.in(locale, "case.failure", testCase.file(), expectation.line(), testCase.name(), expected, obtained);
    }

    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }
}
