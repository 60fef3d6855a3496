package io.github.cls4j.geography;

/** The kinds of EPCI à fiscalité propre, as the DGCL lists them. */
public enum TypeEpci {
    /** Communauté de communes. */
    CC("communauté de communes"),
    /** Communauté d'agglomération. */
    CA("communauté d'agglomération"),
    /** Communauté urbaine. */
    CU("communauté urbaine"),
    /** Métropole (a métropole of the CGCT, the Métropole du Grand Paris and Aix-Marseille-Provence among them). */
    METRO("métropole"),
    /** Métropole de Lyon, a collectivité territoriale à statut particulier the DGCL lists with the EPCI. */
    MET69("Métropole de Lyon");

    private final String libelle;

    TypeEpci(String libelle) {
        this.libelle = libelle;
    }

    /** Its name in French, as a reader writes it, e.g. {@code communauté urbaine}. */
    public String libelle() {
        return libelle;
    }
}
