package io.github.cls4j.rules.internal.engine;

import io.github.cls4j.rules.RuleFailure;
import io.github.cls4j.rules.ValidationLimits;
import io.github.cls4j.rules.internal.rule.RuleInfo;

/**
 * Keeps one validation within its {@link ValidationLimits}: it counts the rules' firings, and says
 * which rule runs, to the validating thread and to a thread that waits for it
 * ({@link #nanosBeforeOverdue()}). Written by the validating thread only; the fields another thread
 * reads are volatile.
 *
 * <p>Only the rules can run for ever: the structural check before them and the making of the
 * report after them are cls4j's own code, bounded by the contract's size. A validation is overdue
 * only while its rules run.
 */
public final class RunWatch {

    private final ValidationLimits limits;
    private final long timeNanos;
    private final long overdueNanos;
    private volatile long startedAt;
    private volatile boolean started;
    private volatile boolean inRules;
    private volatile RulePart runningPart;
    private volatile RuleInfo runningRule;
    private volatile boolean inConsequence;
    /** The rule that fired last, whatever its part: the one a firing limit names. */
    private RulePart lastFiredPart;
    private RuleInfo lastFiredRule;
    private long firings;
    private long maxFirings;
    private RuleFailure.Kind passed;

    /** A watch of a validation that has not started. */
    public RunWatch(ValidationLimits limits) {
        this.limits = limits;
        // The limits are at most a century each (ValidationLimits): no sum overflows.
        this.timeNanos = limits.time().toNanos();
        this.overdueNanos = timeNanos + limits.grace().toNanos();
    }

    /** Called when the validation of a contract of {@code elements} elements starts: its time counts from now. */
    void start(int elements) {
        maxFirings = limits.ruleFiringsFor(elements);
        startedAt = System.nanoTime();
        started = true;
    }

    /** Whether the validation has started. */
    public boolean hasStarted() {
        return started;
    }

    /**
     * Called before a rule fires: whether it may, within the limits. Once a limit is passed, no
     * rule may fire again in this validation.
     */
    boolean mayFire() {
        if (passed != null) {
            return false;
        }
        if (++firings > maxFirings) {
            passed = RuleFailure.Kind.FIRING_LIMIT;
        } else if (System.nanoTime() - startedAt > timeNanos) {
            passed = RuleFailure.Kind.TIME_LIMIT;
        }
        return passed == null;
    }

    /** Called when the rules of {@code part} start to be evaluated. */
    void partStarts(RulePart part) {
        runningPart = part;
        runningRule = null;
        inConsequence = false;
        inRules = true;
    }

    /** Called when the consequence of {@code rule}, of the part evaluated, starts. */
    void consequenceStarts(RuleInfo rule) {
        runningRule = rule;
        lastFiredRule = rule;
        lastFiredPart = runningPart;
        inConsequence = true;
    }

    /** Called when the consequence that started last has ended. */
    void consequenceEnds() {
        inConsequence = false;
    }

    /** Called when every part has run: what remains is the making of the report. */
    void rulesDone() {
        inRules = false;
    }

    /** Whether a consequence runs: that of {@link #runningRule()}. */
    boolean inConsequence() {
        return inConsequence;
    }

    /** The limit passed, or {@code null} while the validation is within them. */
    RuleFailure.Kind passed() {
        return passed;
    }

    /** The rule set being evaluated, or {@code null} before the first. */
    RulePart runningPart() {
        return runningPart;
    }

    /**
     * The rule of the part evaluated whose consequence started last, or {@code null} if none did
     * or its metadata are not known.
     */
    RuleInfo runningRule() {
        return runningRule;
    }

    /** The rule set of the rule that fired last, or {@code null} if none did. */
    RulePart lastFiredPart() {
        return lastFiredPart;
    }

    /** The rule that fired last, whatever its part, or {@code null} if none did or its metadata are not known. */
    RuleInfo lastFiredRule() {
        return lastFiredRule;
    }

    /** The limits. */
    ValidationLimits limits() {
        return limits;
    }

    /** The most rule firings of this validation, once it has started. */
    long maxFirings() {
        return maxFirings;
    }

    /**
     * The nanoseconds a waiting thread may still wait before the validation is overdue (its time
     * and the grace passed while its rules run), or {@code Long.MAX_VALUE} while no rule runs.
     */
    public long nanosBeforeOverdue() {
        if (!inRules) {
            return Long.MAX_VALUE;
        }
        return overdueNanos - (System.nanoTime() - startedAt);
    }
}
