package io.github.cls4j.geography;

import java.util.List;
import java.util.Objects;

/**
 * An EPCI à fiscalité propre in one edition, as the DGCL lists it.
 *
 * @param siren its SIREN, e.g. {@code 246200364}
 * @param type its kind
 * @param nom its name
 * @param membres the INSEE codes of its member communes, in order
 * @param populationMunicipale its population municipale as the DGCL gives it, or {@code null}
 */
public record EpciCog(String siren, TypeEpci type, String nom, List<String> membres, Integer populationMunicipale) {

    /** Requires the SIREN, the kind and the name; copies the members. */
    public EpciCog {
        Objects.requireNonNull(siren, "siren");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(nom, "nom");
        membres = List.copyOf(membres);
    }
}
