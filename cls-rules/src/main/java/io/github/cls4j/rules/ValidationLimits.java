package io.github.cls4j.rules;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds of one validation, so that a rule that loops cannot hold a host's thread or memory
 * for ever. Past one of them the rules stop, and the report is
 * {@linkplain ValidationReport#isComplete() incomplete}: a {@value RuleFailure#FINDING_ID} error
 * names the rule that was running and the limit it passed.
 *
 * <p>The time is checked before each rule fires. A consequence that never returns (a
 * {@code while} loop that does not end) cannot be stopped: Java cannot stop a thread that does not
 * yield. {@link ContractValidator#validate(io.github.cls4j.core.contrat.ContratLocalSante, ValidationContext) validate}
 * then does not return; {@link ContractValidator#validateAll(java.util.List, ValidationContext, java.util.concurrent.Executor)
 * validateAll} with an executor gives that contract its incomplete report once the limit is
 * passed by {@link #grace()}, and leaves the thread to the rule.
 *
 * <p>The {@linkplain #defaults() defaults} leave ample room for the largest contract the reader
 * accepts by default; a host changes them with the {@code with…} methods and
 * {@link ContractValidator.Builder#limits(ValidationLimits)}.
 *
 * @param time the longest a validation may take
 * @param ruleFirings the rule firings any validation may make, all rule sets together
 * @param ruleFiringsPerElement the rule firings a validation may make besides, for each element of
 *     its contract: so that the limit follows the size of the contract, and a loop that inserts
 *     facts is stopped on a small contract long before it fills the memory
 * @param grace how long past {@code time} a validation run by
 *     {@link ContractValidator#validateAll(java.util.List, ValidationContext, java.util.concurrent.Executor)}
 *     is waited for before it is given up as stuck in a rule that does not yield
 */
public record ValidationLimits(Duration time, long ruleFirings, int ruleFiringsPerElement, Duration grace) {

    /** The longest time or grace: a century. */
    private static final Duration LONGEST = Duration.ofDays(36_525);

    private static final ValidationLimits DEFAULTS = new ValidationLimits(Duration.ofSeconds(60), 100_000, 20, Duration.ofSeconds(1));

    /**
     * Checks that every limit is positive.
     *
     * @throws IllegalArgumentException if one is not
     */
    public ValidationLimits {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(grace, "grace");
        if (time.isNegative() || time.isZero() || ruleFirings < 1 || ruleFiringsPerElement < 0 || grace.isNegative() || grace.isZero()) {
            throw new IllegalArgumentException("Every validation limit must be positive: " + time + ", " + ruleFirings + " firings + "
                    + ruleFiringsPerElement + " per element, " + grace);
        }
        // A century is no limit in practice, and keeps every sum of nanoseconds within a long.
        if (time.compareTo(LONGEST) > 0 || grace.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("A validation's time and grace are at most " + LONGEST.toDays() + " days each: " + time + ", "
                    + grace);
        }
    }

    /**
     * The default limits: 60 seconds; 100,000 rule firings and 20 more per element of the
     * contract (on a contract of 300,000 minimal fiches action the bundled rules fired 2.1 million
     * times, 7 per fiche, within its limit of 6.1 million; on the samples, at most 16 times); 1
     * second of grace.
     */
    public static ValidationLimits defaults() {
        return DEFAULTS;
    }

    /** The most rule firings in the validation of a contract of {@code elements} elements. */
    public long ruleFiringsFor(int elements) {
        long besides = (long) ruleFiringsPerElement * elements;
        return ruleFirings > Long.MAX_VALUE - besides ? Long.MAX_VALUE : ruleFirings + besides;
    }

    /** These limits with another longest time. */
    public ValidationLimits withTime(Duration longest) {
        return new ValidationLimits(longest, ruleFirings, ruleFiringsPerElement, grace);
    }

    /**
     * These limits with other numbers of rule firings: {@code fixed} for any validation, and
     * {@code perElement} more for each element of its contract ({@code 0} for a limit that does
     * not depend on the contract).
     */
    public ValidationLimits withRuleFirings(long fixed, int perElement) {
        return new ValidationLimits(time, fixed, perElement, grace);
    }

    /** These limits with another grace. */
    public ValidationLimits withGrace(Duration wait) {
        return new ValidationLimits(time, ruleFirings, ruleFiringsPerElement, wait);
    }
}
