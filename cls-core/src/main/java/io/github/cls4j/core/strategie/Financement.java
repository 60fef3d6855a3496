package io.github.cls4j.core.strategie;

import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * A financing line of an action.
 *
 * @param financeur who pays, e.g. "ARS", "Conseil départemental"
 * @param montant the amount in euros, if known
 * @param droitCommun whether the line is mainstream funding (droit commun) rather than a
 *     dedicated credit
 */
public record Financement(String financeur, @PositiveOrZero BigDecimal montant, Boolean droitCommun) {

    /** Whether the line says how the action is paid: on the droit commun, or an amount with the one who pays it. */
    public boolean ditCommentPayer() {
        return Boolean.TRUE.equals(droitCommun) || (montant != null && financeur != null && !financeur.isBlank());
    }
}
