package io.github.cls4j.core.strategie;

import io.github.cls4j.core.commun.Listes;
import java.util.Collection;
import java.util.List;

/**
 * An element of a contract that cites objectives of the projet régional de santé: an axis, an
 * objective or a fiche action. The contract applies the PRS locally (CSP art. L1434-10 IV), and
 * these codes are the link; rules check them against the PRS reference data.
 */
public interface RattacheAuPrs {

    /** The codes of the PRS objectives cited, e.g. {@code HDF-COS-3}; empty when none. */
    List<String> objectifsPrs();

    /**
     * The codes it cites that are not among {@code codes}, in its order: the rules ask it with the
     * codes the PRS reference data know, once for all the elements of a contract.
     */
    default List<String> objectifsPrsHors(Collection<String> codes) {
        return Listes.filtre(objectifsPrs(), code -> !codes.contains(code));
    }

    /**
     * Whether it cites a code that is not among {@code codes}: the question a rule asks of every
     * element before it names those codes, so that only an element that cites one is walked.
     */
    default boolean citeDesObjectifsPrsHors(Collection<String> codes) {
        return !objectifsPrsHors(codes).isEmpty();
    }
}
