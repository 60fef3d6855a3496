package io.github.cls4j.core.strategie;

import java.util.List;

/**
 * An element of a contract that cites objectives of the projet régional de santé: an axis, an
 * objective or a fiche action. The contract applies the PRS locally (CSP art. L1434-10 IV), and
 * these codes are the link; rules check them against the PRS reference data.
 */
public interface RattacheAuPrs {

    /** The codes of the PRS objectives cited, e.g. {@code HDF-COS-3}; empty when none. */
    List<String> objectifsPrs();
}
