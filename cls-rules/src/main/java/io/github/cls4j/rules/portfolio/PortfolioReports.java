package io.github.cls4j.rules.portfolio;

import io.github.cls4j.core.contrat.ContratLocalSante;
import java.util.List;
import java.util.Objects;

/**
 * The contracts of every region measured on a day, as {@link Portfolio#reports} gives them: one
 * report per region with at least one contract, in the order of the regions' codes, and the
 * contracts that belong to no region, so to no portfolio.
 *
 * @param reports one report per region, each holding that region's contracts only
 * @param leftOut the contracts given that name no region, in the order given
 */
public record PortfolioReports(List<PortfolioReport> reports, List<LeftOut> leftOut) {

    /** Copies the lists. */
    public PortfolioReports {
        reports = List.copyOf(reports);
        leftOut = List.copyOf(leftOut);
    }

    /**
     * A contract in no portfolio, and why.
     *
     * @param contrat the contract, as given
     * @param reason why it has no region
     */
    public record LeftOut(ContratLocalSante contrat, Reason reason) {

        /** Requires both. */
        public LeftOut {
            Objects.requireNonNull(contrat, "contrat");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Why a contract has no region. */
    public enum Reason {
        /** The contract gives no region code. */
        REGION_MISSING,
        /** The contract's region code names none of the regions. */
        REGION_UNKNOWN
    }
}
