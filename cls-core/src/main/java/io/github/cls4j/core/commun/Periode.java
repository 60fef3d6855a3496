package io.github.cls4j.core.commun;

import java.time.LocalDate;

/**
 * A span of dates, both ends included: the period of a contract, the calendar of an action.
 * Either end may be missing from an incomplete contract.
 *
 * @param debut the first day, if known
 * @param fin the last day, if known
 */
public record Periode(LocalDate debut, LocalDate fin) {

    /** A period from {@code debut} to {@code fin}. */
    public static Periode du(LocalDate debut, LocalDate fin) {
        return new Periode(debut, fin);
    }

    /** Whether both ends are known and {@code fin} is not before {@code debut}. */
    public boolean estOrdonnee() {
        return debut != null && fin != null && !fin.isBefore(debut);
    }

    /** Whether {@code date} falls inside the period; {@code false} when an end is missing. */
    public boolean contient(LocalDate date) {
        return estOrdonnee() && date != null && !date.isBefore(debut) && !date.isAfter(fin);
    }
}
