package io.github.cls4j.core.contrat;

import io.github.cls4j.core.commun.Listes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * An evaluation of the contract: the yearly review, the mid-term or the final evaluation.
 *
 * @param type which evaluation
 * @param date the day it was delivered
 * @param auteur who made it
 * @param constats what it found
 * @param mesures the values of indicators it recorded
 */
public record Evaluation(
        @NotNull TypeEvaluation type,
        LocalDate date,
        String auteur,
        List<@NotNull String> constats,
        List<@NotNull @Valid MesureIndicateur> mesures) {

    /** Normalises the lists; checks nothing. */
    public Evaluation {
        constats = Listes.copie(constats);
        mesures = Listes.copie(mesures);
    }
}
