package io.github.cls4j.core.strategie;

/** The health themes an axis works on, as ARS guides and contracts name them. */
public enum Thematique {
    /** Access to care and medical demography, attractiveness for health professionals. */
    ACCES_AUX_SOINS,
    /** Mental health and psychiatry. */
    SANTE_MENTALE,
    /** Prevention and health promotion in general. */
    PREVENTION_PROMOTION_SANTE,
    /** Addictions. */
    ADDICTIONS,
    /** Nutrition and physical activity. */
    NUTRITION_ACTIVITE_PHYSIQUE,
    /** Screening and vaccination. */
    DEPISTAGE_VACCINATION,
    /** Sexual and reproductive health. */
    SANTE_SEXUELLE,
    /** Environmental health: housing, air, water, living environment. */
    SANTE_ENVIRONNEMENTALE,
    /** Ageing, loss of autonomy, living at home. */
    VIEILLISSEMENT_AUTONOMIE,
    /** Children, young people and parenting, perinatal health included. */
    ENFANCE_JEUNESSE_PARENTALITE,
    /** Psychosocial skills. */
    COMPETENCES_PSYCHOSOCIALES,
    /** Precarity and access to rights. */
    PRECARITE_ACCES_AUX_DROITS,
    /** Disability. */
    HANDICAP,
    /** Carers. */
    AIDANTS,
    /** Chronic disease pathways: cancers, cardio-neuro-vascular diseases, diabetes. */
    MALADIES_CHRONIQUES,
    /** Coordination of health, social and medico-social actors, care pathways. */
    COORDINATION_PARCOURS,
    /** Any other theme. */
    AUTRE
}
