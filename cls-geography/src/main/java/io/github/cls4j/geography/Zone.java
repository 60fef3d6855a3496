package io.github.cls4j.geography;

/** Where a commune lies. */
public enum Zone {
    /** Metropolitan France. */
    METROPOLE("metro"),
    /** A département et région d'outre-mer (971 to 976). */
    DROM("drom"),
    /** A collectivité d'outre-mer (975, 977, 978, 984 to 989), which is in no region. */
    COM("com");

    private final String nom;

    Zone(String nom) {
        this.nom = nom;
    }

    /** The zone written {@code nom} in the data files. */
    static Zone of(String nom) {
        for (Zone zone : values()) {
            if (zone.nom.equals(nom)) {
                return zone;
            }
        }
        throw new IllegalArgumentException("no zone is written " + nom + " (expected metro, drom or com)");
    }
}
