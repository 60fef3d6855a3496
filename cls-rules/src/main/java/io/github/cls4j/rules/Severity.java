package io.github.cls4j.rules;

/**
 * How much a finding weighs, from the most to the least serious. The order of the constants is
 * the order of a report.
 */
public enum Severity {

    /** The contract breaks the law or is incoherent: it is not valid. */
    ERROR,

    /** The contract departs from a guideline or good practice: it should be looked at. */
    WARNING,

    /** Something worth knowing that asks for no change. */
    INFO;

    /** Whether a finding of this severity makes the contract invalid. */
    public boolean isBlocking() {
        return this == ERROR;
    }
}
