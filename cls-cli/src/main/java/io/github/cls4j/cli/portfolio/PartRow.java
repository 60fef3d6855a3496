package io.github.cls4j.cli.portfolio;

import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.rules.portfolio.Coverage;
import java.util.List;

/**
 * One row of the coverage of a part of a region (a département, an EPCI), as the text and HTML
 * reports show it: its name and code, its communes and inhabitants covered of its own.
 *
 * @param part the part, as the library counts it
 * @param name its name and code, e.g. {@code Pas-de-Calais (62)}
 * @param communes its communes covered, e.g. {@code 1 / 887 (0,1 %)}
 * @param inhabitants its inhabitants covered
 */
record PartRow(Coverage.Part part, String name, String communes, String inhabitants) {

    /** The départements of the region, each one. */
    static List<PartRow> departements(Coverage coverage, Labels labels) {
        return coverage.byDepartement().stream().map(p -> of(p, labels)).toList();
    }

    /**
     * The EPCI a contract reaches: a region has dozens, so the reports name those with a commune
     * covered; the JSON gives them all.
     */
    static List<PartRow> epciReached(Coverage coverage, Labels labels) {
        return coverage.byEpci().stream().filter(p -> p.communesCovered() > 0).map(p -> of(p, labels)).toList();
    }

    private static PartRow of(Coverage.Part part, Labels labels) {
        return new PartRow(part, labels.get("portfolio.part", part.nom() == null ? part.code() : part.nom(), part.code()),
                labels.get("portfolio.covered", labels.integer(part.communesCovered()), labels.integer(part.communes()),
                        labels.percent(part.communesShare().orElse(null))),
                labels.get("portfolio.covered", labels.integer(part.inhabitantsCovered()), labels.integer(part.inhabitants()),
                        labels.percent(part.inhabitantsShare().orElse(null))));
    }
}
