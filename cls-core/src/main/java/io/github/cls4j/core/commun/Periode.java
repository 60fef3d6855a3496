package io.github.cls4j.core.commun;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

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

    /**
     * The whole years of the period elapsed by {@code jour}: 0 before the first anniversary of
     * {@code debut}, and never more than the period holds. Zero when an end is missing.
     */
    public int anneesEcoulees(LocalDate jour) {
        if (!estOrdonnee() || jour == null || jour.isBefore(debut)) {
            return 0;
        }
        LocalDate dernier = jour.isAfter(fin) ? fin.plusDays(1) : jour;
        return (int) ChronoUnit.YEARS.between(debut, dernier);
    }

    /**
     * Whether the period lasts longer than {@code annees} years: its last day comes after the
     * day before the {@code annees}-th anniversary of its first. False when an end is missing.
     */
    public boolean dureePlusLongueQue(int annees) {
        return estOrdonnee() && fin.isAfter(debut.plusYears(annees).minusDays(1));
    }

    /** Whether the period lasts less than {@code annees} years. False when an end is missing. */
    public boolean dureePlusCourteQue(int annees) {
        return estOrdonnee() && fin.isBefore(debut.plusYears(annees).minusDays(1));
    }
}
