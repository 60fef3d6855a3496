package io.github.cls4j.core.territoire;

/** The kind of territory a contract covers. */
public enum TypeTerritoire {
    /** One commune, or a part of a large city. */
    COMMUNE(false),
    /** Communauté de communes (CGCT L5214-1). */
    COMMUNAUTE_DE_COMMUNES(true),
    /** Communauté d'agglomération (CGCT L5216-1). */
    COMMUNAUTE_D_AGGLOMERATION(true),
    /** Communauté urbaine (CGCT L5215-1). */
    COMMUNAUTE_URBAINE(true),
    /** Métropole, Métropole du Grand Paris and Métropole de Lyon excepted (CGCT L5217-1). */
    METROPOLE(true),
    /** Établissement public territorial of the Métropole du Grand Paris (CGCT L5219-2). */
    ETABLISSEMENT_PUBLIC_TERRITORIAL(true),
    /** Pôle d'équilibre territorial et rural, or a Pays carried by a syndicat mixte. */
    PETR_PAYS(false),
    /** A whole department. */
    DEPARTEMENT(false),
    /** A collectivité d'outre-mer served by an ARS: Saint-Martin, Saint-Barthélemy. */
    COLLECTIVITE_OUTRE_MER(false),
    /** The Métropole de Lyon, a collectivité à statut particulier (CGCT L3611-1), not an EPCI. */
    METROPOLE_DE_LYON(false),
    /** Any other perimeter (several EPCI without a common body, a bassin de vie…). */
    AUTRE(false);

    private final boolean epci;

    TypeTerritoire(boolean epci) {
        this.epci = epci;
    }

    /** Whether this kind of territory is an établissement public de coopération intercommunale. */
    public boolean estEpci() {
        return epci;
    }
}
