package io.github.cls4j.rules.testing;

import io.github.cls4j.core.path.ElementPath;
import io.github.cls4j.rules.Finding;
import io.github.cls4j.rules.Severity;
import io.github.cls4j.rules.internal.text.Texts;
import java.util.Locale;
import java.util.Objects;

/**
 * What a case says of its report: a finding that must be there ({@code attendu:}) or must not
 * ({@code absent:}).
 *
 * @param line the line of the case file that says it
 * @param present whether the finding must be there ({@code attendu:}) rather than not ({@code absent:})
 * @param ruleId the rule of the finding
 * @param severity its severity, or {@code null} for any
 * @param path the element it is about, or {@code null} for any
 */
public record Expectation(int line, boolean present, String ruleId, Severity severity, ElementPath path) {

    /** Checks that the rule is named. */
    public Expectation {
        Objects.requireNonNull(ruleId, "ruleId");
    }

    /** Whether {@code finding} is the finding this expectation is about. */
    public boolean matches(Finding finding) {
        return finding.ruleId().equals(ruleId)
                && (path == null || finding.path().equals(path))
                && (severity == null || finding.severity() == severity);
    }

    /**
     * Whether this expectation says that the rule does not fire at all: {@code absent:} with
     * neither path nor severity, what a counter-example of the rule is.
     */
    public boolean sparesTheRule() {
        return !present && path == null && severity == null;
    }

    /** The finding in a reader's words, e.g. {@code CLS-LEG-03 à voletSanteMentale (ERREUR)}. */
    public String describe(Locale locale) {
        return describe(locale, ruleId, path, severity);
    }

    /** A finding, or what is expected of one, in a reader's words. */
    static String describe(Locale locale, String ruleId, ElementPath path, Severity severity) {
        StringBuilder text = new StringBuilder(ruleId);
        if (path != null) {
            text.append(" ").append(Texts.in(locale, "case.at", path.isRoot() ? Texts.in(locale, "case.root") : path));
        }
        if (severity != null) {
            text.append(" (").append(Texts.in(locale, "severity." + severity.name())).append(')');
        }
        return text.toString();
    }
}
