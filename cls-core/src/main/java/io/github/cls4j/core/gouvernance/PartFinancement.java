package io.github.cls4j.core.gouvernance;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * A funder's share of the coordinator's post.
 *
 * @param financeur who pays, e.g. "ARS Hauts-de-France"
 * @param pourcentage its share in percent of the cost of the post
 * @param montantAnnuel its yearly amount in euros
 */
public record PartFinancement(
        String financeur,
        // Its own message: the default one of @DecimalMax needs an EL interpolator, which cls4j does not ship.
        @PositiveOrZero @DecimalMax(value = "100", message = "{io.github.cls4j.core.gouvernance.PartFinancement.pourcentage}")
        BigDecimal pourcentage,
        @PositiveOrZero BigDecimal montantAnnuel) {
}
