package io.github.cls4j.cli.portfolio;

import io.github.cls4j.rules.portfolio.Coverage;
import io.github.cls4j.rules.portfolio.Figures;
import io.github.cls4j.rules.portfolio.Stade;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * One figure of a {@link Coverage} as the portfolio reports lay it out: covered against the
 * region's total, overall and for each stage. The three formats show the same rows.
 *
 * @param figure the figure's key: {@code communes}, {@code inhabitants}, {@code qpv},
 *     {@code qpvInhabitants} or {@code priorityInhabitants} (its label is {@code portfolio.figure.KEY})
 * @param covered what the contracts cover, each commune and QPV once
 * @param total the region's
 * @param share {@code covered / total}, the library's, or {@code null} when the total is 0
 * @param byStage what the contracts of each stage cover
 * @param stageShares each stage's share of the total, the library's; no entry when the total is 0
 */
record CoverageRow(String figure, long covered, long total, BigDecimal share, Map<Stade, Long> byStage,
        Map<Stade, BigDecimal> stageShares) {

    CoverageRow {
        byStage = Collections.unmodifiableMap(new EnumMap<>(byStage));
        stageShares = stageShares.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(stageShares));
    }

    /** The rows of {@code coverage}, in the order the reports show them; every figure and share is the library's. */
    static List<CoverageRow> of(Coverage coverage) {
        return List.of(row("communes", coverage, Figures::communes), row("inhabitants", coverage, Figures::inhabitants),
                row("qpv", coverage, Figures::qpv), row("qpvInhabitants", coverage, Figures::qpvInhabitants),
                row("priorityInhabitants", coverage, Figures::priorityInhabitants));
    }

    private static CoverageRow row(String figure, Coverage coverage, ToLongFunction<Figures> value) {
        Map<Stade, Long> byStage = new EnumMap<>(Stade.class);
        Map<Stade, BigDecimal> stageShares = new EnumMap<>(Stade.class);
        for (Stade stade : Stade.values()) {
            byStage.put(stade, value.applyAsLong(coverage.byStage().getOrDefault(stade, Figures.NONE)));
            coverage.share(stade, value).ifPresent(share -> stageShares.put(stade, share));
        }
        return new CoverageRow(figure, value.applyAsLong(coverage.covered()), value.applyAsLong(coverage.total()),
                coverage.share(value).orElse(null), byStage, stageShares);
    }
}
