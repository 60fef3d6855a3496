package io.github.cls4j.rules;

import java.util.Objects;

/**
 * One problem found while loading rules: a DRL that does not compile, a rule without its
 * metadata or messages, a bad data file.
 *
 * @param file the file, relative to the folder of rules (or the resource name of a bundled file)
 * @param line the line in that file, or 0 when Drools gives none
 * @param rule the name of the rule concerned, or {@code null} when the problem is not in one rule
 * @param message what is wrong, on one line
 */
public record RuleProblem(String file, int line, String rule, String message) {

    /** Checks that the file and message are given. */
    public RuleProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** E.g. {@code loi/signataires.drl:12: rule "CLS-LEG-01 …": unknown field "typ"}. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + (rule == null ? "" : "rule \"" + rule + "\": ") + message;
    }
}
