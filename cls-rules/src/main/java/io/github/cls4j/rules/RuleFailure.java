package io.github.cls4j.rules;

import io.github.cls4j.core.path.ElementPath;
import java.util.Objects;

/**
 * A rule that threw an exception while it validated a contract: a bug in the rule, or a contract
 * the rule's author did not foresee. The validation goes on without it; the report lists the
 * failure, carries a {@value #FINDING_ID} error finding for it, and is
 * {@linkplain ValidationReport#isComplete() incomplete}.
 *
 * @param ruleId the id of the rule that failed, or {@code null} when the engine could not tell
 *     which rule it was evaluating
 * @param ruleSet the rule set of the rule: {@code cls-rules} for the bundled rules, else the
 *     folder its DRL was loaded from
 * @param source where the rule is written in its rule set, e.g. {@code loi/signataires.drl:12},
 *     or {@code null} when the rule is not known
 * @param path the element the rule was matching, or the root when that is not known
 * @param error the exception, as its class name followed by its message
 * @param othersRan whether the other rules of its rule set ran: {@code true} when the rule threw an
 *     exception in its consequence, which costs only its own findings; {@code false} when it
 *     failed in its conditions, or threw an error (a stack overflow, an assertion) in its
 *     consequence, which ends the evaluation of its rule set (the bundled rules, or one folder),
 *     so that the findings of rules not yet evaluated are missing too
 * @param inConsequence whether it failed in its consequence rather than in its conditions
 */
public record RuleFailure(String ruleId, String ruleSet, String source, ElementPath path, String error, boolean othersRan,
        boolean inConsequence) {

    /** The rule id of the finding that reports a failure. */
    public static final String FINDING_ID = "CLS-REGLE-EN-ECHEC";

    /**
     * A failure in a consequence when the other rules ran ({@code othersRan}), in the conditions
     * otherwise: the two cases there were before an error (a stack overflow) in a consequence
     * could stop the other rules too.
     */
    public RuleFailure(String ruleId, String ruleSet, String source, ElementPath path, String error, boolean othersRan) {
        this(ruleId, ruleSet, source, path, error, othersRan, othersRan);
    }

    /** Checks that nothing but the rule is missing. */
    public RuleFailure {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(error, "error");
    }
}
