package io.github.cls4j.geography;

/** What a code of the Code officiel géographique designates. */
public enum TypeCommune {
    /** A commune in its own right. */
    ACTUELLE("A"),
    /** A commune déléguée of a commune nouvelle, which keeps a name and a code but is no longer a commune. */
    DELEGUEE("D"),
    /** A commune associée of an older merger (loi Marcellin, 1971). */
    ASSOCIEE("S"),
    /** An arrondissement municipal of Paris, Lyon or Marseille. */
    ARRONDISSEMENT_MUNICIPAL("M");

    private final String lettre;

    TypeCommune(String lettre) {
        this.lettre = lettre;
    }

    /** The kind written as {@code lettre} in the data files. */
    static TypeCommune of(String lettre) {
        for (TypeCommune type : values()) {
            if (type.lettre.equals(lettre)) {
                return type;
            }
        }
        throw new IllegalArgumentException("no kind of commune is written " + lettre + " (expected A, D, S or M)");
    }
}
