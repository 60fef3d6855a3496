package io.github.cls4j.core.contrat;

import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A value of an indicator recorded by an evaluation.
 *
 * @param indicateur the code of the indicator
 * @param valeur the value observed
 * @param date the day the value refers to
 */
public record MesureIndicateur(@NotBlank String indicateur, BigDecimal valeur, LocalDate date) {
}
