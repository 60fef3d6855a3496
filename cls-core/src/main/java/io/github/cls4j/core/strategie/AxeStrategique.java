package io.github.cls4j.core.strategie;

import io.github.cls4j.core.commun.Listes;
import io.github.cls4j.core.commun.LooksThrough;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A strategic axis (orientation stratégique) of the contract.
 *
 * @param code its code, unique in the contract, e.g. "A1"
 * @param intitule its title
 * @param thematiques the health themes it works on
 * @param champs the fields of CSP L1434-10 IV it belongs to
 * @param objectifsPrs codes of the PRS objectives it applies
 * @param objectifs its objectives
 */
public record AxeStrategique(
        String code,
        @NotBlank String intitule,
        List<@NotNull Thematique> thematiques,
        List<@NotNull ChampLegal> champs,
        List<@NotNull String> objectifsPrs,
        List<@NotNull @Valid Objectif> objectifs) implements RattacheAuPrs {

    /** Normalises the lists; checks nothing. */
    public AxeStrategique {
        thematiques = Listes.copie(thematiques);
        champs = Listes.copie(champs);
        objectifsPrs = Listes.copie(objectifsPrs);
        objectifs = Listes.copie(objectifs);
    }

    /**
     * Whether the axis applies the PRS by itself or through one of its objectives or of their
     * fiches action: whether any of them cites a PRS objective.
     */
    @LooksThrough(value = "objectifs", reads = "objectifsPrs")
    public boolean seRattacheAuPrs() {
        return !objectifsPrs.isEmpty() || Listes.existe(objectifs, o -> !o.objectifsPrs().isEmpty()
                || Listes.existe(o.fichesAction(), f -> !f.objectifsPrs().isEmpty()));
    }
}
