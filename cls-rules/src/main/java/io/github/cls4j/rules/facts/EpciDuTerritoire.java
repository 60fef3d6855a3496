package io.github.cls4j.rules.facts;

import io.github.cls4j.core.territoire.Territoire;
import io.github.cls4j.geography.EpciCog;
import io.github.cls4j.geography.TypeEpci;
import java.util.List;
import java.util.Objects;

/**
 * The EPCI à fiscalité propre a territory names by its SIREN, as the edition of the geography the
 * contract is judged against knows it. There is such a fact for a territory of a kind the DGCL
 * lists (communauté de communes, d'agglomération, urbaine, métropole, Métropole de Lyon) with a
 * SIREN; an établissement public territorial of the Grand Paris is not in that list.
 *
 * @param territoire the territory
 * @param siren the SIREN it gives
 * @param edition the year of the edition
 * @param epci the EPCI of that SIREN in the edition, or {@code null} if the edition has none
 * @param typeAttendu the kind of EPCI the territory's kind is
 * @param absentes the members of the EPCI the territory does not list, for a reader ({@code Arras (62041)})
 * @param enTrop the communes the territory lists that are not members of the EPCI, for a reader
 */
public record EpciDuTerritoire(Territoire territoire, String siren, int edition, EpciCog epci, TypeEpci typeAttendu, List<String> absentes,
        List<String> enTrop) {

    /** Requires the territory, the SIREN and the kind expected; copies the lists. */
    public EpciDuTerritoire {
        Objects.requireNonNull(territoire, "territoire");
        Objects.requireNonNull(siren, "siren");
        Objects.requireNonNull(typeAttendu, "typeAttendu");
        absentes = List.copyOf(absentes);
        enTrop = List.copyOf(enTrop);
    }

    /** Whether the edition has an EPCI of that SIREN. */
    public boolean estInscrit() {
        return epci != null;
    }

    /** The EPCI's name in the edition, or {@code null}. */
    public String nom() {
        return epci == null ? null : epci.nom();
    }

    /** Whether the EPCI is of the kind the territory says; {@code true} when the edition has no such EPCI. */
    public boolean typeConforme() {
        return epci == null || epci.type() == typeAttendu;
    }
}
