package io.github.cls4j.rules.portfolio;

import io.github.cls4j.core.code.Region;
import io.github.cls4j.core.contrat.ContratLocalSante;
import java.util.Optional;

/** The region a contract belongs to, said in one place for the grouping, the report and the coverage. */
final class Regions {

    private Regions() {
    }

    /** The region {@code contrat} names; empty when it names none, or a code that is no region. */
    static Optional<Region> of(ContratLocalSante contrat) {
        return contrat.region() == null ? Optional.empty() : contrat.region().region();
    }
}
