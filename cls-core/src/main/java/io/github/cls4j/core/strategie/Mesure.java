package io.github.cls4j.core.strategie;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A value of an indicator observed on a date.
 *
 * @param valeur the value, in the indicator's unit
 * @param date the day the value refers to
 */
public record Mesure(BigDecimal valeur, LocalDate date) {
}
