package io.github.cls4j.core.strategie;

import io.github.cls4j.core.code.CodeCommune;
import io.github.cls4j.core.code.CodeQpv;
import io.github.cls4j.core.code.WellFormed;
import io.github.cls4j.core.commun.Listes;
import io.github.cls4j.core.territoire.Qpv;
import io.github.cls4j.core.territoire.Territoire;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
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

    /**
     * The communes it covers that {@code territoire} does not list, in its order and as often as
     * it names them. A territory that lists no commune leaves them all out: whether that says
     * anything is the asker's to decide (CLS-ACT-10 asks only of a territory that lists its communes).
     */
    public List<CodeCommune> communesHorsDe(Territoire territoire) {
        return horsDe(communes, territoire.communes());
    }

    /**
     * Whether it covers a commune that {@code territoire} does not list: the question a rule asks
     * of every fiche before it names those communes, so that only a fiche that has one is walked.
     */
    public boolean viseDesCommunesHorsDe(Territoire territoire) {
        return !communesHorsDe(territoire).isEmpty();
    }

    /**
     * The quartiers it targets whose code is that of no QPV of {@code territoire}, in its order
     * and as often as it names them. A QPV of the territory known by its name alone has no code,
     * and so contains none of them.
     */
    public List<CodeQpv> qpvHorsDe(Territoire territoire) {
        if (qpv.isEmpty()) {
            return Collections.emptyList();
        }
        List<CodeQpv> duTerritoire = new ArrayList<>(territoire.qpv().size());
        for (Qpv quartier : territoire.qpv()) {
            if (quartier != null && quartier.code() != null) {
                duTerritoire.add(quartier.code());
            }
        }
        return horsDe(qpv, duTerritoire);
    }

    /** Whether it targets a quartier whose code is that of no QPV of {@code territoire}; see {@link #qpvHorsDe}. */
    public boolean viseDesQpvHorsDe(Territoire territoire) {
        return !qpvHorsDe(territoire).isEmpty();
    }

    // The elements of `vises` that are not in `connus`, nulls aside. A set only once both lists are
    // long, so that a fiche of a few communes does not pay for hashing those of the territory.
    private static <T> List<T> horsDe(List<T> vises, List<T> connus) {
        if (vises.isEmpty()) {
            return Collections.emptyList();
        }
        Collection<T> dedans = (long) vises.size() * connus.size() > 64 ? new HashSet<>(connus) : connus;
        return Listes.filtre(vises, vise -> !dedans.contains(vise));
    }
}
