package io.github.cls4j.rules.internal;

import io.github.cls4j.core.contrat.Avenant;
import io.github.cls4j.core.contrat.ContratLocalSante;
import java.time.LocalDate;

/**
 * The day on which the law applicable to a contract is judged.
 *
 * <p>A contract is bound by the law in force when it was concluded, and an avenant concludes it
 * anew: the mental-health component that the 3DS law added to CSP art. L1434-10 IV is due from
 * contracts signed, renewed or amended from 2022-02-23. So the day is the latest of the
 * contract's signature and its avenants. A renewal is a new contract with its own signature. A
 * contract neither signed nor amended is judged on the as-of date, the day it would be signed at
 * the earliest; without one, the day is unknown and only rules still in force apply.
 */
final class LegalDate {

    private LegalDate() {
    }

    static LocalDate of(ContratLocalSante contrat, LocalDate asOf) {
        LocalDate latest = contrat.dateSignature();
        for (Avenant avenant : contrat.avenants()) {
            if (avenant != null && avenant.date() != null && (latest == null || avenant.date().isAfter(latest))) {
                latest = avenant.date();
            }
        }
        return latest != null ? latest : asOf;
    }
}
