package io.github.cls4j.core.strategie;

/**
 * The fields a CLS may cover according to CSP art. L1434-10 IV: "la promotion de la santé, la
 * prévention, les politiques de soins et l'accompagnement médico-social et social" (the social
 * field since loi n° 2016-41, art. 158).
 */
public enum ChampLegal {
    PROMOTION_SANTE,
    PREVENTION,
    SOINS,
    MEDICO_SOCIAL,
    SOCIAL
}
