package io.github.cls4j.rules.testing;

import java.time.LocalDate;

/**
 * One side of a date a rule depends on, and whether a case shows it: a rule valid from a day must
 * be seen sparing a contract judged the day before and firing on one judged that day; a rule
 * valid until a day, firing on that day and sparing the day after.
 *
 * @param day the legal date a case must be judged on
 * @param fires whether the rule must fire there (else spare)
 * @param shown whether a case met that expectation on that day
 */
public record DateSide(LocalDate day, boolean fires, boolean shown) {
}
