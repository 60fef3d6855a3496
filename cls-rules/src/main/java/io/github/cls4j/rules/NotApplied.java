package io.github.cls4j.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A rule that was not applied to a contract, and why: so that a reviewer tells "this rule passed"
 * from "this rule was never asked". A rule the profile suppresses, or a dérogation waives, did run:
 * its findings are in {@link ValidationReport#waived()}.
 *
 * @param ruleId the rule
 * @param reason why it was not applied
 * @param validity its dates of validity
 * @param legalDate the day the contract was judged on ({@link ValidationReport#legalDate()}), or
 *     {@code null} when not known
 * @param parameter for {@link Reason#NOT_SWITCHED_ON}, the profile parameter that switches it on;
 *     {@code null} otherwise
 * @param stage the stage of a contract the rule applies to ({@code @stage}), or {@code null} for every stage
 */
public record NotApplied(String ruleId, Reason reason, Validity validity, LocalDate legalDate, String parameter, Stage stage) {

    /** Why a rule was not applied. */
    public enum Reason {

        /** The profile does not switch it on ({@code @enabledBy}): the parameter is not set, or set to {@code false}. */
        NOT_SWITCHED_ON,

        /** It applies to a contract at another stage ({@code @stage}): a rule for a concluded contract, and this one is a project. */
        NOT_AT_ITS_STAGE,

        /** Its dates of validity do not cover the day the contract was judged on. */
        OUTSIDE_ITS_DATES,

        /** The contract is concluded but the day of its conclusion is not known: no dated rule is applied to it. */
        NO_LEGAL_DATE
    }

    /** Checks that the rule, the reason and the validity are given. */
    public NotApplied {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(validity, "validity");
    }
}
