package io.github.cls4j.core.strategie;

/** How often an indicator is measured. */
public enum Frequence {
    MENSUELLE,
    TRIMESTRIELLE,
    SEMESTRIELLE,
    ANNUELLE,
    PLURIANNUELLE,
    FIN_DE_CONTRAT
}
