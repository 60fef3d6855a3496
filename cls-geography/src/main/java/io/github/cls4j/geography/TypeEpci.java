package io.github.cls4j.geography;

/** The kinds of EPCI à fiscalité propre, as the DGCL lists them. */
public enum TypeEpci {
    /** Communauté de communes. */
    CC,
    /** Communauté d'agglomération. */
    CA,
    /** Communauté urbaine. */
    CU,
    /** Métropole (a métropole of the CGCT, the Métropole du Grand Paris and Aix-Marseille-Provence among them). */
    METRO,
    /** Métropole de Lyon, a collectivité territoriale à statut particulier the DGCL lists with the EPCI. */
    MET69
}
