package io.github.cls4j.rules.facts;

/** The parts of a projet régional de santé (CSP art. L1434-2). */
public enum ComposantePrs {
    /** Cadre d'orientation stratégique: general objectives over ten years. */
    COS,
    /** Schéma régional de santé: operational objectives over five years. */
    SRS,
    /** Programme régional d'accès à la prévention et aux soins des plus démunis. */
    PRAPS,
    /** Schéma territorial de santé, a departmental part of the SRS (Occitanie). */
    STS
}
