package io.github.cls4j.rules;

import io.github.cls4j.core.path.ElementPath;
import java.util.Objects;

/**
 * A rule that did not finish while it validated a contract: a bug in the rule, a contract the
 * rule's author did not foresee, or a rule that ran past the validation's
 * {@linkplain ValidationLimits limits}. The validation goes on without it where it can; the report
 * lists the failure, carries a {@value #FINDING_ID} error finding for it, and is
 * {@linkplain ValidationReport#isComplete() incomplete}.
 *
 * @param ruleId the id of the rule that failed, or {@code null} when the engine could not tell
 *     which rule it was evaluating
 * @param ruleSet the rule set of the rule: {@code cls-rules} for the bundled rules, else the
 *     folder its DRL was loaded from
 * @param source where the rule is written in its rule set, e.g. {@code loi/signataires.drl:12},
 *     or {@code null} when the rule is not known
 * @param path the element the rule was matching, or the root when that is not known
 * @param error what happened: the exception, as its class name followed by its message, or the
 *     limit passed
 * @param kind how the rule failed, which says what else is missing from the report
 */
public record RuleFailure(String ruleId, String ruleSet, String source, ElementPath path, String error, Kind kind) {

    /** The rule id of the finding that reports a failure. */
    public static final String FINDING_ID = "CLS-REGLE-EN-ECHEC";

    /** How a rule failed. */
    public enum Kind {
        /** An exception in its consequence: only that firing's findings are missing, the other rules ran. */
        EXCEPTION_IN_CONSEQUENCE,
        /** An exception in its conditions: the rules of its rule set not yet evaluated did not run. */
        EXCEPTION_IN_CONDITIONS,
        /**
         * An error in its consequence (a stack overflow, an assertion), which ends the evaluation
         * of its rule set: the rules not yet evaluated did not run.
         */
        ERROR_IN_CONSEQUENCE,
        /** The validation ran past its time limit while this rule ran: the rules not yet evaluated did not run. */
        TIME_LIMIT,
        /** The rules fired more times than the limit allows (rules that fire each other for ever): the rest did not run. */
        FIRING_LIMIT,
        /**
         * The rule still ran past the time limit and its grace without yielding (a loop that does
         * not end, in its consequence or its conditions): its report was given without waiting
         * for it, and its thread is left to it, since Java cannot stop a thread that does not yield.
         */
        STUCK,
        /**
         * No rule ran: the validation could not start, the threads it was to run on being all held
         * by rules that do not yield ({@link ContractValidator#validateAll(java.util.List, ValidationContext,
         * java.util.concurrent.Executor)}).
         */
        NOT_STARTED
    }

    /** Checks that nothing but the rule is missing. */
    public RuleFailure {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * Whether the other rules of its rule set ran: only when the rule threw an exception in its
     * consequence, which costs that firing's findings alone.
     */
    public boolean othersRan() {
        return kind == Kind.EXCEPTION_IN_CONSEQUENCE;
    }
}
