package io.github.cls4j.core.gouvernance;

import io.github.cls4j.core.commun.Listes;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * A steering or technical committee.
 *
 * @param membres the organisations that sit on it
 * @param coPresidents the organisations that chair it, e.g. the ARS and the EPCI
 * @param reunionsParAn how many times a year it meets, if the contract says
 */
public record Comite(
        List<@NotNull String> membres,
        List<@NotNull String> coPresidents,
        @PositiveOrZero Integer reunionsParAn) {

    /** Normalises the lists; checks nothing. */
    public Comite {
        membres = Listes.copie(membres);
        coPresidents = Listes.copie(coPresidents);
    }
}
