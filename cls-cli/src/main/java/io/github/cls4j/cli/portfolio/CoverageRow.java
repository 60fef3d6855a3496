package io.github.cls4j.cli.portfolio;

import io.github.cls4j.rules.portfolio.Coverage;
import io.github.cls4j.rules.portfolio.Figures;
import io.github.cls4j.rules.portfolio.Stade;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * One figure of a {@link Coverage} as the portfolio reports lay it out: covered against the
 * region's total, overall and for each stage. The three formats show the same rows.
 *
 * @param figure the figure's key: {@code communes}, {@code inhabitants}, {@code qpv},
 *     {@code qpvInhabitants} or {@code priorityInhabitants} (its label is {@code portfolio.figure.KEY})
 * @param covered what the contracts cover, each commune and QPV once
 * @param total the region's
 * @param share {@code covered / total} as the library computes it, or {@code null} when the total is 0
 * @param byStage what the contracts of each stage cover
 * @param stageShares each stage's share of the total; no entry when the total is 0
 */
record CoverageRow(String figure, long covered, long total, BigDecimal share, Map<Stade, Long> byStage,
        Map<Stade, BigDecimal> stageShares) {

    /** The scale of the library's shares ({@link Coverage}), which the stages' shares follow. */
    private static final int SCALE = 4;

    CoverageRow {
        byStage = Collections.unmodifiableMap(new EnumMap<>(byStage));
        stageShares = stageShares.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(stageShares));
    }

    /** The rows of {@code coverage}, in the order the reports show them. */
    static List<CoverageRow> of(Coverage coverage) {
        return List.of(
                row("communes", coverage, Figures::communes, coverage.communesShare()),
                row("inhabitants", coverage, Figures::inhabitants, coverage.inhabitantsShare()),
                row("qpv", coverage, Figures::qpv, coverage.qpvShare()),
                row("qpvInhabitants", coverage, Figures::qpvInhabitants, coverage.qpvInhabitantsShare()),
                row("priorityInhabitants", coverage, Figures::priorityInhabitants, coverage.priorityShare()));
    }

    private static CoverageRow row(String figure, Coverage coverage, ToLongFunction<Figures> value, Optional<BigDecimal> share) {
        long total = value.applyAsLong(coverage.total());
        Map<Stade, Long> byStage = new EnumMap<>(Stade.class);
        Map<Stade, BigDecimal> stageShares = new EnumMap<>(Stade.class);
        for (Stade stade : Stade.values()) {
            long covered = value.applyAsLong(coverage.byStage().getOrDefault(stade, Figures.NONE));
            byStage.put(stade, covered);
            if (total > 0) {
                // The library gives the overall shares only; a stage's is rounded as they are.
                stageShares.put(stade, BigDecimal.valueOf(covered).divide(BigDecimal.valueOf(total), SCALE, RoundingMode.HALF_EVEN));
            }
        }
        return new CoverageRow(figure, value.applyAsLong(coverage.covered()), total, share.orElse(null), byStage, stageShares);
    }
}
