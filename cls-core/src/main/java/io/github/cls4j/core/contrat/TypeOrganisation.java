package io.github.cls4j.core.contrat;

/** The kind of an organisation that signs a contract or takes part in it. */
public enum TypeOrganisation {
    /** Agence régionale de santé. */
    ARS(false),
    /** The préfet and the State's services. */
    PREFECTURE(false),
    COMMUNE(true),
    /** Établissement public de coopération intercommunale: CC, CA, CU, métropole, EPT. */
    EPCI(true),
    /** Pôle d'équilibre territorial et rural, or a Pays carried by a syndicat mixte. */
    PETR(true),
    /** Conseil départemental. */
    DEPARTEMENT(true),
    /** Conseil régional. */
    REGION(true),
    /** Collectivité territoriale unique: Corse, Guyane, Martinique. */
    COLLECTIVITE_TERRITORIALE_UNIQUE(true),
    /** Caisse primaire d'assurance maladie. */
    CPAM(false),
    /** Caisse générale de sécurité sociale (overseas departments). */
    CGSS(false),
    /** Caisse d'allocations familiales. */
    CAF(false),
    /** Mutualité sociale agricole. */
    MSA(false),
    /** A hospital or clinic. */
    ETABLISSEMENT_DE_SANTE(false),
    /** A medico-social establishment or service. */
    ETABLISSEMENT_MEDICO_SOCIAL(false),
    /** Communauté professionnelle territoriale de santé (CSP L1434-12). */
    CPTS(false),
    /** Maison de santé, équipe de soins primaires, centre de santé. */
    STRUCTURE_EXERCICE_COORDONNE(false),
    /** Éducation nationale: rectorat, DSDEN. */
    EDUCATION_NATIONALE(false),
    /** An ordre professionnel or an URPS. */
    ORDRE_PROFESSIONNEL(false),
    UNIVERSITE(false),
    ASSOCIATION(false),
    MUTUELLE(false),
    AUTRE(false);

    private final boolean collectiviteOuGroupement;

    TypeOrganisation(boolean collectiviteOuGroupement) {
        this.collectiviteOuGroupement = collectiviteOuGroupement;
    }

    /**
     * Whether the organisation is a collectivité territoriale or a groupement of them, the
     * partners L1434-10 IV names first ("notamment avec les collectivités territoriales et leurs
     * groupements").
     */
    public boolean estCollectiviteOuGroupement() {
        return collectiviteOuGroupement;
    }
}
