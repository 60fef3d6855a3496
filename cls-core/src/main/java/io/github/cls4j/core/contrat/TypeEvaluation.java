package io.github.cls4j.core.contrat;

/** The kinds of evaluation of a contract. */
public enum TypeEvaluation {
    /** The yearly review of the actions. */
    ANNUELLE,
    /** The mid-term evaluation. */
    MI_PARCOURS,
    /** The final evaluation, which feeds the renewal. */
    FINALE
}
