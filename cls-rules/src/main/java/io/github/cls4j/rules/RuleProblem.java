package io.github.cls4j.rules;

import java.util.Locale;
import java.util.Objects;

/**
 * One problem found while loading rules: a DRL that does not compile, a rule without its
 * metadata or messages, a bad data file.
 *
 * @param file the file, relative to the folder of rules (or the resource name of a bundled file)
 * @param line the line in that file, or 0 when Drools gives none
 * @param rule the name of the rule concerned, or {@code null} when the problem is not in one rule
 * @param message what is wrong, on one line, in English
 * @param frenchMessage what is wrong, on one line, in French; the English message where the loader
 *     has no French words for it
 */
public record RuleProblem(String file, int line, String rule, String message, String frenchMessage) {

    /** Checks that the file and messages are given. */
    public RuleProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(frenchMessage, "frenchMessage");
    }

    /** A problem told in English only. */
    public RuleProblem(String file, int line, String rule, String message) {
        this(file, line, rule, message, message);
    }

    /**
     * The problem on one line in {@code locale}'s language (French unless English), e.g. {@code
     * loi/signataires.drl:12: règle « CLS-LEG-01 … » : …}.
     */
    public String describe(Locale locale) {
        if (Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return toString();
        }
        return file + (line > 0 ? ":" + line : "") + " : " + (rule == null ? "" : "règle « " + rule + " » : ") + frenchMessage;
    }

    /** E.g. {@code loi/signataires.drl:12: rule "CLS-LEG-01 …": unknown field "typ"}. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + (rule == null ? "" : "rule \"" + rule + "\": ") + message;
    }
}
