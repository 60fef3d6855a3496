package io.github.cls4j.rules.facts;

import io.github.cls4j.core.code.Region;
import io.github.cls4j.core.territoire.Territoire;
import io.github.cls4j.geography.CommuneCog;
import io.github.cls4j.geography.EpciCog;
import io.github.cls4j.geography.TypeCommune;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A commune code of the contract's territory, as the edition of the geography the contract is
 * judged against ({@link EditionGeographique}) knows it. One fact per code of
 * {@link Territoire#communes()}.
 *
 * @param territoire the territory that lists the code
 * @param code the INSEE code, e.g. {@code 62041}
 * @param edition the year of the edition
 * @param inscription what the code designates in that edition (the commune first, else a commune
 *     déléguée or associée, an arrondissement municipal), or {@code null} if the edition lacks it
 * @param devenir the communes of the edition the code has become: the commune nouvelle of a
 *     commune déléguée, the commune that lists it among its former codes; empty for a commune
 * @param editions the years of every edition of the geography that holds the code
 * @param epci the EPCI à fiscalité propre the commune belongs to in the edition, or {@code null}
 * @param regionCompetente the region whose ARS is competent for the commune on the contract's
 *     day, from the geography's region (its département for Saint-Martin and Saint-Barthélemy,
 *     which the ARS of Guadeloupe serves); {@code null} for a code the edition lacks and for
 *     Saint-Pierre-et-Miquelon, which has no ARS
 */
public record CommuneDuTerritoire(Territoire territoire, String code, int edition, CommuneCog inscription, List<CommuneCog> devenir,
        List<Integer> editions, EpciCog epci, Region regionCompetente) {

    /** Requires the territory and the code; copies the lists. */
    public CommuneDuTerritoire {
        Objects.requireNonNull(territoire, "territoire");
        Objects.requireNonNull(code, "code");
        devenir = List.copyOf(devenir);
        editions = List.copyOf(editions);
    }

    /** Whether the edition holds the code, as a commune or otherwise. */
    public boolean estInscrite() {
        return inscription != null;
    }

    /** Whether the code is that of a commune of the edition. */
    public boolean estCommune() {
        return inscription != null && inscription.estCommune();
    }

    /** Whether the code is that of a commune déléguée or associée, not of a commune, in the edition. */
    public boolean estDelegueeOuAssociee() {
        return inscription != null && (inscription.type() == TypeCommune.DELEGUEE || inscription.type() == TypeCommune.ASSOCIEE);
    }

    /** Whether no edition holds the code and none traces what it became: it never designated a commune the geography knows. */
    public boolean estInconnue() {
        return inscription == null && devenir.isEmpty() && editions.isEmpty();
    }

    /** Its name in the edition, or {@code null} if the edition lacks it. */
    public String nom() {
        return inscription == null ? null : inscription.nom();
    }

    /** The commune's SIREN in the edition, or {@code null}. */
    public String siren() {
        return inscription == null ? null : inscription.siren();
    }

    /**
     * The SIREN of the commune in the edition, and of the communes it has become: a commune
     * nouvelle signs with its own. Empty when the edition gives none (Saint-Pierre-et-Miquelon,
     * editions before 2022).
     */
    public List<String> sirens() {
        List<String> sirens = new ArrayList<>();
        if (siren() != null) {
            sirens.add(siren());
        }
        devenir.stream().map(CommuneCog::siren).filter(Objects::nonNull).forEach(sirens::add);
        return sirens;
    }

    /** The SIREN of the commune's EPCI in the edition, or {@code null}. */
    public String sirenEpci() {
        return epci == null ? null : epci.siren();
    }

    /** The code with its name for a reader: {@code Arras (62041)}, or the code alone if the edition lacks it. */
    public String designation() {
        return inscription == null ? code : inscription.designation();
    }

    /** What the code has become, for a reader: {@code Haut Valromey (01187)}, several joined by commas. */
    public String devenirEnClair() {
        return devenir.stream().map(CommuneCog::designation).collect(Collectors.joining(", "));
    }

    /** The years of the editions that hold the code, for a reader: {@code 2019, 2021}. */
    public String editionsEnClair() {
        return editions.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
