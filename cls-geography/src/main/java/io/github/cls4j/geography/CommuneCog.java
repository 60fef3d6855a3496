package io.github.cls4j.geography;

import java.util.List;
import java.util.Objects;

/**
 * A code of the Code officiel géographique in one edition: a commune, a commune déléguée or
 * associée, or an arrondissement municipal.
 *
 * @param code its INSEE code, e.g. {@code 62041}
 * @param type what it designates
 * @param nom its name
 * @param departement the code of its département, or of its collectivité d'outre-mer
 * @param region the code of its region, or of its collectivité d'outre-mer (which is in none)
 * @param zone where it lies
 * @param siren its SIREN, or {@code null} where the edition gives none (before 2022, and for what is not a commune)
 * @param parent the commune it belongs to: the commune nouvelle of a commune déléguée, the commune
 *     of an associée or of an arrondissement; {@code null} for a commune
 * @param anciensCodes the codes of the communes merged into it that lost their code
 * @param population its population as the edition gives it, or {@code null}; the package does not
 *     say of which year (see {@link Geographie})
 */
public record CommuneCog(String code, TypeCommune type, String nom, String departement, String region, Zone zone, String siren,
        String parent, List<String> anciensCodes, Integer population) {

    /** Requires the code, the kind and the name; copies the former codes. */
    public CommuneCog {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(nom, "nom");
        anciensCodes = List.copyOf(anciensCodes);
    }

    /** Its name and code for a reader: {@code Arras (62041)}. */
    public String designation() {
        return nom + " (" + code + ")";
    }

    /** Whether it is a commune in its own right. */
    public boolean estCommune() {
        return type == TypeCommune.ACTUELLE;
    }
}
