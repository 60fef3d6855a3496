package io.github.cls4j.rules.portfolio;

import io.github.cls4j.core.code.CodeCommune;
import java.util.Objects;

/**
 * A commune of the reference data, with its population.
 *
 * @param code its INSEE code
 * @param nom its name
 * @param population its population municipale, or {@code null} when not known: it then counts
 *     as a commune covered, and its inhabitants are missing from the figures, which say so
 * @param annee the year the population is counted for (INSEE's "populations légales" of a year),
 *     or {@code null}
 * @param source where the figure comes from
 */
public record Commune(CodeCommune code, String nom, Long population, Integer annee, String source) {

    /** Checks that the code is given. */
    public Commune {
        Objects.requireNonNull(code, "code");
    }
}
