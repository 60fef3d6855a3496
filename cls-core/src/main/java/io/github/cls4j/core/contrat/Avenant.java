package io.github.cls4j.core.contrat;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param signataires who signed it; {@code null} when the record does not know, which is not
 *     the empty list of an avenant nobody signed
 */
public record Avenant(
        @Positive Integer numero,
        LocalDate date,
        String objet,
        LocalDate nouvelleDateFin,
        // Written even when empty: an empty list (nobody signed) is not an absent one (not known).
        @JsonInclude(JsonInclude.Include.NON_NULL) List<@NotNull @Valid Signataire> signataires) {

    /** Normalises the list of signatories, keeping {@code null} for "not known"; checks nothing. */
    public Avenant {
        signataires = signataires == null ? null : Listes.copie(signataires);
    }

    /** Whether the record says who signed the avenant. */
    public boolean signatairesConnus() {
        return signataires != null;
    }

    /**
     * Whether this avenant comes before {@code autre}, by date and then by number, where both know
     * them; neither comes before the other when they do not. It orders the avenants of a contract
     * to find the latest, whose new end date stands.
     */
    boolean precede(Avenant autre) {
        if (date != null && autre.date != null && !date.equals(autre.date)) {
            return date.isBefore(autre.date);
        }
        return numero != null && autre.numero != null && numero < autre.numero;
    }
}
