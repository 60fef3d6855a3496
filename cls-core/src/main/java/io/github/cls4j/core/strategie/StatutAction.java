package io.github.cls4j.core.strategie;

/** Where an action stands. */
public enum StatutAction {
    PREVUE,
    EN_COURS,
    REALISEE,
    REPORTEE,
    ABANDONNEE
}
