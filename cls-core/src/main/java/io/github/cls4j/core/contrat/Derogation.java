package io.github.cls4j.core.contrat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A waiver of one rule for this contract, granted with a justification. A waived finding is still
 * shown in the report, with this justification; it is never silently dropped.
 *
 * @param regle the id of the waived rule, e.g. "CLS-LEG-003"
 * @param justification why it is waived
 * @param accordeePar who granted it, e.g. "Directeur général de l'ARS Occitanie"
 * @param date the day it was granted
 * @param chemin the path of the element it is limited to; {@code null} for the whole contract
 */
public record Derogation(
        @NotBlank String regle,
        @NotBlank String justification,
        @NotBlank String accordeePar,
        @NotNull LocalDate date,
        String chemin) {
}
