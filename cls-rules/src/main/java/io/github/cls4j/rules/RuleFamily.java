package io.github.cls4j.rules;

/** The family a rule belongs to, which tells a reader where its authority comes from. */
public enum RuleFamily {

    /** The shape of the contract: required fields, well-formed codes, coherent dates. */
    STRUCTURE,

    /** The law: Code de la santé publique and the laws that amended it. */
    LAW,

    /** Alignment with the regional health project (PRS) the contract applies. */
    PRS,

    /** Guidelines of the ARS and good practice drawn from evaluations. */
    GOOD_PRACTICE,

    /** A rule of one region's profile. */
    REGIONAL
}
