package io.github.cls4j.rules.portfolio;

import io.github.cls4j.core.code.CodeCommune;
import io.github.cls4j.core.code.CodeRegion;
import java.util.List;
import java.util.Objects;

/**
 * A priority territory of a region's PRAPS (programme régional pour l'accès à la prévention et
 * aux soins des plus démunis), as the ARS draws it, given by its communes. No source read says how
 * a region draws them (commune, EPCI or quartier): the communes are the unit here, since a
 * contract's territory is given by its communes.
 *
 * @param id its identifier in the reference data
 * @param region the region whose PRAPS lists it
 * @param nom its name
 * @param communes the communes it is made of
 * @param source the PRAPS document that lists it
 */
public record TerritoirePraps(String id, CodeRegion region, String nom, List<CodeCommune> communes, String source) {

    /** Checks that the id and region are given and copies the communes. */
    public TerritoirePraps {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
        communes = communes == null ? List.of() : List.copyOf(communes);
    }
}
