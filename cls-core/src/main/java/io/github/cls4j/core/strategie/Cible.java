package io.github.cls4j.core.strategie;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The value an indicator should reach, and by when.
 *
 * @param valeur the target value, in the indicator's unit
 * @param echeance the due date
 */
public record Cible(BigDecimal valeur, LocalDate echeance) {
}
