package io.github.cls4j.rules.internal.engine;

import io.github.cls4j.core.contrat.ContratLocalSante;
import java.time.LocalDate;

/**
 * The day on which the law applicable to a contract is judged.
 *
 * <p>A contract is bound by the law in force when it was concluded ({@link
 * ContratLocalSante#dateDeConclusion()}: its signature, else the latest signatory's, else the start
 * of its period). Its avenants do not conclude it anew: the 3DS law has no transitional clause, so
 * a contract in progress stays under the law of its conclusion (an avenant after that law gets a
 * warning of its own, CLS-LEG-14); a renewal is a new contract with its own signature. A contract
 * not concluded yet (a project, a charte, a préfiguration) is judged on the as-of date, the day it
 * would be signed at the earliest. The day is {@code null} when it is not known.
 */
public final class LegalDate {

    private LegalDate() {
    }

    public static LocalDate of(ContratLocalSante contrat, LocalDate asOf) {
        if (contrat.estConclu()) {
            return contrat.dateDeConclusion().orElse(null);
        }
        return asOf;
    }
}
