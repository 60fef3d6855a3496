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
    /**
     * Collectivité d'outre-mer of art. 74 of the Constitution that an ARS serves: Saint-Martin and
     * Saint-Barthélemy, whose territory belongs to no region and for which the ARS of Guadeloupe is
     * competent (see {@link io.github.cls4j.core.code.Region#GUADELOUPE}).
     */
    COLLECTIVITE_OUTRE_MER(true),
    /**
     * Collectivité à statut particulier of art. 72 of the Constitution that is not a region: the
     * Métropole de Lyon (CGCT L3611-1), the Ville de Paris since 2019.
     */
    COLLECTIVITE_A_STATUT_PARTICULIER(true),
    /** Syndicat mixte (CGCT L5711-1, L5721-2), a groupement of collectivités. */
    SYNDICAT_MIXTE(true),
    /** Pôle métropolitain (CGCT L5731-1), a syndicat mixte of EPCI. */
    POLE_METROPOLITAIN(true),
    /** Parc naturel régional, managed by a syndicat mixte (code de l'environnement L333-3). */
    PARC_NATUREL_REGIONAL(true),
    /**
     * Centre communal or intercommunal d'action sociale (CASF L123-4 and following): a public
     * body of its commune or EPCI, not itself a collectivité territoriale.
     */
    CCAS(false),
    /** Caisse primaire d'assurance maladie. */
    CPAM(false),
    /** Caisse générale de sécurité sociale (overseas departments). */
    CGSS(false),
    /** Caisse de sécurité sociale de Mayotte, the Assurance Maladie in Mayotte. */
    CSSM(false),
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
     * groupements"). {@link #AUTRE} is not: an organisation of unknown kind is not judged one.
     */
    public boolean estCollectiviteOuGroupement() {
        return collectiviteOuGroupement;
    }

    /**
     * Whether the organisation is a fund of the assurance maladie: a CPAM, a CGSS overseas, the
     * CSSM in Mayotte, or the MSA for the agricultural regime.
     */
    public boolean estAssuranceMaladie() {
        return this == CPAM || this == CGSS || this == CSSM || this == MSA;
    }

    /**
     * Whether the organisation is one of the actors of care with whom an ARS concludes a contrat
     * territorial de santé (CSP L1434-13): a CPTS, or a maison, équipe or centre de santé.
     */
    public boolean estActeurDesSoins() {
        return this == CPTS || this == STRUCTURE_EXERCICE_COORDONNE;
    }
}
