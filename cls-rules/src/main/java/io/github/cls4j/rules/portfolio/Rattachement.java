package io.github.cls4j.rules.portfolio;

/**
 * Where a commune belongs in the official geography of an edition: its département and its EPCI
 * à fiscalité propre.
 *
 * @param departement the code of its département (or collectivité d'outre-mer), e.g. {@code 62}
 * @param nomDepartement its name, or {@code null} if the edition does not give it
 * @param epci the SIREN of its EPCI, or {@code null} for a commune of none (an island, Paris)
 * @param nomEpci the EPCI's name, or {@code null}
 */
public record Rattachement(String departement, String nomDepartement, String epci, String nomEpci) {
}
