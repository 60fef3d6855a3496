package io.github.cls4j.core.gouvernance;

import io.github.cls4j.core.commun.Listes;
import io.github.cls4j.core.commun.Personne;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;

/**
 * The coordination of the contract: who runs it day to day and how the post is paid.
 *
 * @param coordinateur the coordinator
 * @param etp the time of the post in full-time equivalents, e.g. 1.0 or 0.5
 * @param employeur the organisation that employs the coordinator
 * @param financements the funders' shares of the post
 */
public record Coordination(
        @Valid Personne coordinateur,
        @PositiveOrZero BigDecimal etp,
        String employeur,
        List<@NotNull @Valid PartFinancement> financements) {

    /** Normalises the lists; checks nothing. */
    public Coordination {
        financements = Listes.copie(financements);
    }
}
