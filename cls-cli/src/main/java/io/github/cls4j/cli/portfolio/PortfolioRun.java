package io.github.cls4j.cli.portfolio;

import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.cli.report.Outcome;
import io.github.cls4j.rules.portfolio.PortfolioReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What {@code cls portfolio} measured: one report per region, in the order of the regions' codes,
 * the data it used, and the inputs it could not put in a portfolio.
 *
 * @param asOf the day the portfolios are measured on
 * @param territorialFile the territorial data file of {@code --data}, or {@code null} for the sample bundled with cls4j
 * @param prsFile the PRS data file of {@code --data}, or {@code null} for the bundled ones
 * @param geography the edition of the official geography that completed the communes, e.g.
 *     {@code 2026 (@etalab/decoupage-administratif@6.0.0)}, or {@code null} if none did
 * @param reports one report per region with at least one contract
 * @param unusable the inputs that could not be read, in order
 * @param leftOut the contracts read whose region is missing or unknown, in order
 */
public record PortfolioRun(LocalDate asOf, Path territorialFile, Path prsFile, String geography, List<PortfolioReport> reports, List<Outcome.Unusable> unusable,
        List<LeftOut> leftOut) {

    /**
     * A contract read that belongs to no region, so to no portfolio.
     *
     * @param source the file as given, or the sample's name
     * @param contract its id, or {@code null}
     */
    public record LeftOut(String source, String contract) {

        /** The line that says so, as the error stream and the reports show it. */
        public String message(Labels labels) {
            return labels.get("portfolio.leftOut", source, Objects.toString(contract, labels.get("unknown")));
        }
    }

    /** Copies the lists. */
    public PortfolioRun {
        Objects.requireNonNull(asOf, "asOf");
        reports = List.copyOf(reports);
        unusable = List.copyOf(unusable);
        leftOut = List.copyOf(leftOut);
    }

    /** Which data were used, in words: the files of {@code --data}, or the bundled ones. */
    String data(Labels labels) {
        String bundled = labels.get("portfolio.data.bundled");
        return labels.get("portfolio.data", territorialFile == null ? bundled : territorialFile.toString(),
                prsFile == null ? bundled : prsFile.toString(), geography == null ? labels.get("portfolio.data.noGeography") : geography);
    }
}
