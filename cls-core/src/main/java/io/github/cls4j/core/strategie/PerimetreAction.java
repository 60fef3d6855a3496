package io.github.cls4j.core.strategie;

import io.github.cls4j.core.code.CodeCommune;
import io.github.cls4j.core.code.CodeQpv;
import io.github.cls4j.core.code.WellFormed;
import io.github.cls4j.core.commun.Listes;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Where an action takes place: the whole territory of the contract, or some of its communes or
 * quartiers prioritaires.
 *
 * @param toutLeTerritoire whether the action covers the whole territory of the contract
 * @param communes the communes it covers, when not the whole territory
 * @param qpv the quartiers prioritaires it targets
 */
public record PerimetreAction(
        Boolean toutLeTerritoire,
        List<@NotNull @WellFormed CodeCommune> communes,
        List<@NotNull @WellFormed CodeQpv> qpv) {

    /** Normalises the lists; checks nothing. */
    public PerimetreAction {
        communes = Listes.copie(communes);
        qpv = Listes.copie(qpv);
    }
}
