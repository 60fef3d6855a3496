package io.github.cls4j.core.strategie;

import io.github.cls4j.core.commun.Listes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * An objective of a strategic axis.
 *
 * @param code its code, unique in the contract, e.g. "1.2"
 * @param intitule its title
 * @param thematiques the health themes it works on, where it names its own
 * @param objectifsPrs codes of the PRS objectives it applies
 * @param fichesAction the actions that serve it
 */
public record Objectif(
        String code,
        @NotBlank String intitule,
        List<@NotNull Thematique> thematiques,
        List<@NotNull String> objectifsPrs,
        List<@NotNull @Valid FicheAction> fichesAction) implements RattacheAuPrs {

    /** Normalises the lists; checks nothing. */
    public Objectif {
        thematiques = Listes.copie(thematiques);
        objectifsPrs = Listes.copie(objectifsPrs);
        fichesAction = Listes.copie(fichesAction);
    }
}
