package io.github.cls4j.core.strategie;

/** What an indicator measures. */
public enum TypeIndicateur {
    /** How the action is carried out: sessions held, people reached. */
    PROCESSUS,
    /** What the action produced for its public. */
    RESULTAT,
    /** The change in the population's health the action aims at. */
    IMPACT
}
