package io.github.cls4j.rules.portfolio;

import io.github.cls4j.core.code.Region;
import io.github.cls4j.rules.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The contracts of a region measured together on a day.
 *
 * @param region the region
 * @param asOf the day
 * @param coverage what the contracts cover, against the region's target
 * @param contracts each contract of the region, in the order given
 * @param findings what the portfolio checks found, in the order of their ids; each is about a
 *     {@link io.github.cls4j.rules.Subject.Territory}
 * @param otherRegions the ids of the contracts given that are of another region, or of none, and
 *     were left out
 */
public record PortfolioReport(Region region, LocalDate asOf, Coverage coverage, List<ContractSummary> contracts,
        List<Finding> findings, List<String> otherRegions) {

    /** Copies the lists. */
    public PortfolioReport {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(coverage, "coverage");
        contracts = List.copyOf(contracts);
        findings = List.copyOf(findings);
        otherRegions = List.copyOf(otherRegions);
    }
}
