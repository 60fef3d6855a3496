package io.github.cls4j.core.contrat;

import io.github.cls4j.core.commun.Listes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;

/**
 * An amendment to the contract.
 *
 * @param numero its number, from 1
 * @param date the day it was concluded
 * @param objet what it changes
 * @param nouvelleDateFin the new end of the contract, when it extends or shortens it
 * @param signataires who signed it
 */
public record Avenant(
        @Positive Integer numero,
        LocalDate date,
        String objet,
        LocalDate nouvelleDateFin,
        List<@NotNull @Valid Signataire> signataires) {

    /** Normalises the lists; checks nothing. */
    public Avenant {
        signataires = Listes.copie(signataires);
    }
}
