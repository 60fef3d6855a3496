package io.github.cls4j.core.strategie;

import io.github.cls4j.core.commun.Listes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A cross-cutting axis that runs through the strategic axes, e.g. psychosocial skills or
 * parenting support.
 *
 * @param code its code, unique in the contract, e.g. "T1"
 * @param intitule its title
 * @param description what it brings to the other axes
 * @param thematiques the health themes it works on
 */
public record AxeTransversal(
        String code,
        @NotBlank String intitule,
        String description,
        List<@NotNull Thematique> thematiques) {

    /** Normalises the lists; checks nothing. */
    public AxeTransversal {
        thematiques = Listes.copie(thematiques);
    }
}
