package io.github.cls4j.core.contrat;

/** The neighbouring local schemes a CLS links to. */
public enum TypeDispositif {
    /** Contrat de ville (loi n° 2014-173, art. 6); in QPV the CLS is its health component. */
    CONTRAT_DE_VILLE,
    /** Atelier Santé Ville (circulaire DIV/DGS du 13 juin 2000). */
    ATELIER_SANTE_VILLE,
    /** Conseil local de santé mentale. */
    CLSM,
    /** Projet territorial de santé mentale (CSP L3221-2). */
    PTSM,
    /** Communauté professionnelle territoriale de santé (CSP L1434-12). */
    CPTS,
    /** Any other scheme. */
    AUTRE
}
