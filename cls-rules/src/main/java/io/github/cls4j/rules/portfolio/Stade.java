package io.github.cls4j.rules.portfolio;

import io.github.cls4j.core.commun.Periode;
import io.github.cls4j.core.contrat.ContratLocalSante;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a contract stands on a day, as a portfolio counts it. The seeds count signed chartes
 * d'engagement with the signed contracts ("2 CLS et 15 chartes d'engagement sont déjà signés,
 * couvrant … 1,6 millions d'habitants", ARS Hauts-de-France, 2019), so coverage is given for each.
 */
public enum Stade {

    /**
     * A commitment that prepares the contract is signed, the contract is not: a charte d'engagement
     * (statut {@code ENGAGEMENT}) or a contrat de préfiguration (statut {@code PREFIGURATION}).
     */
    CHARTE,

    /** The contract is being prepared (statut {@code DIAGNOSTIC} or {@code ELABORATION}); it covers nothing yet. */
    EN_PREPARATION,

    /** The contract is signed and in force (statut {@code SIGNE}, {@code EN_COURS} or {@code EVALUE}). */
    SIGNE;

    /**
     * The stage of {@code contrat} on {@code day}: none for a contract that has ended (statut
     * {@code ECHU} or {@code RENOUVELE}, or its period over as its avenants extend it), is not signed
     * yet on that day, or has no status.
     */
    public static Optional<Stade> of(ContratLocalSante contrat, LocalDate day) {
        if (contrat.statut() == null) {
            return Optional.empty();
        }
        return switch (contrat.statut()) {
            case ENGAGEMENT -> after(contrat.dateCharte(), day) ? Optional.empty() : Optional.of(CHARTE);
            case PREFIGURATION -> after(contrat.dateSignature(), day) || ended(contrat, day) ? Optional.empty() : Optional.of(CHARTE);
            case DIAGNOSTIC, ELABORATION -> Optional.of(EN_PREPARATION);
            case SIGNE, EN_COURS, EVALUE -> after(contrat.dateSignature(), day) || ended(contrat, day) ? Optional.empty() : Optional.of(SIGNE);
            case ECHU, RENOUVELE -> Optional.empty();
        };
    }

    /** Whether the contract covers its territory: a signed charte or contract; one in preparation does not yet. */
    public boolean couvre() {
        return this != EN_PREPARATION;
    }

    private static boolean after(LocalDate date, LocalDate day) {
        return date != null && date.isAfter(day);
    }

    private static boolean ended(ContratLocalSante contrat, LocalDate day) {
        Periode periode = contrat.periodeEffective();
        return periode != null && periode.fin() != null && periode.fin().isBefore(day);
    }
}
