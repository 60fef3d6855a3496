package io.github.cls4j.rules;

import java.time.LocalDate;

/**
 * The days on which the law a rule encodes applies, both ends included. A rule applies to a
 * contract when its validity covers the contract's date of conclusion (its signature, else its
 * latest signatory's, else the start of its period; never an avenant), or, while it is not
 * concluded, the day of the check. A concluded contract whose date is not known gets only the
 * rules that have no dates.
 *
 * @param since the first day, or {@code null} for "always"
 * @param until the last day, or {@code null} for "still in force"
 */
public record Validity(LocalDate since, LocalDate until) {

    /** A rule that has always applied and still applies. */
    public static final Validity ALWAYS = new Validity(null, null);

    /**
     * Whether the rule applies on {@code day}. An unknown day (a contract neither signed nor
     * checked for a given day) is judged under the law in force now: rules still in force apply,
     * rules that have ended do not.
     */
    public boolean covers(LocalDate day) {
        if (day == null) {
            return until == null;
        }
        return (since == null || !day.isBefore(since)) && (until == null || !day.isAfter(until));
    }
}
