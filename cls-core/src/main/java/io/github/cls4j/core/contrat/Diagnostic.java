package io.github.cls4j.core.contrat;

import io.github.cls4j.core.commun.Listes;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * The shared local health diagnostic the contract is built on.
 *
 * @param date the day it was delivered
 * @param auteur who made it, e.g. "ORS Hauts-de-France"
 * @param participatif whether inhabitants and actors took part (interviews, meetings)
 * @param sources the data and studies it uses
 * @param priorites the priorities it found
 */
public record Diagnostic(
        LocalDate date,
        String auteur,
        Boolean participatif,
        List<@NotNull String> sources,
        List<@NotNull String> priorites) {

    /** Normalises the lists; checks nothing. */
    public Diagnostic {
        sources = Listes.copie(sources);
        priorites = Listes.copie(priorites);
    }
}
