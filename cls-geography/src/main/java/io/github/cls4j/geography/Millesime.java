package io.github.cls4j.geography;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A yearly edition of the geography: the communes, EPCI, départements and regions as they stood on
 * 1 January of its year.
 *
 * @param annee its year, e.g. {@code 2026}
 * @param enVigueurDepuis the day its geography is that of France: 1 January of its year
 * @param source the package it was derived from, e.g. {@code @etalab/decoupage-administratif@6.0.0}
 */
public record Millesime(int annee, LocalDate enVigueurDepuis, String source) implements Comparable<Millesime> {

    /** Requires the day and the source. */
    public Millesime {
        Objects.requireNonNull(enVigueurDepuis, "enVigueurDepuis");
        Objects.requireNonNull(source, "source");
    }

    @Override
    public int compareTo(Millesime other) {
        return Integer.compare(annee, other.annee);
    }
}
