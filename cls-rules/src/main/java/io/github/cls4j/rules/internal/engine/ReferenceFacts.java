package io.github.cls4j.rules.internal.engine;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.strategie.RattacheAuPrs;
import io.github.cls4j.rules.facts.ObjectifPrs;
import io.github.cls4j.rules.facts.ProjetRegionalSante;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The reference data of a rule set, of which each validation sees those that concern its contract:
 * the PRS versions and their objectives, and where they come from, which an explanation names.
 *
 * @param facts the facts, in the order of the data
 * @param source where they come from: {@code cls-rules 0.1.0} for the bundled data, else the
 *     folder that replaces them
 */
public record ReferenceFacts(List<Object> facts, String source) {

    /** Copies the facts and requires the source. */
    public ReferenceFacts {
        facts = List.copyOf(facts);
        Objects.requireNonNull(source, "source");
    }

    /**
     * The facts that concern {@code contrat}, whose elements are {@code elements}, in the order of
     * the data: the objectives of its region, of the PRS it names, and those an element cites; the
     * PRS of its region, the one it names, and those of the objectives kept. Every rule relates the
     * data to a contract through its region, its PRS or a code it cites, so no rule sees less; the
     * PRS of the other regions, about nine in ten of the facts, are no longer inserted in every
     * session (issue 23, tenth step). Other facts than PRS and objectives are kept.
     */
    public List<Object> concerning(ContratLocalSante contrat, List<Object> elements) {
        String region = contrat.region() == null ? null : contrat.region().value();
        String prs = contrat.prs();
        Set<String> cited = new HashSet<>();
        for (Object element : elements) {
            if (element instanceof RattacheAuPrs rattache) {
                cited.addAll(rattache.objectifsPrs());
            }
        }
        // The PRS of the objectives kept are kept: one pass to know them, one to keep the order.
        Set<String> prsOfObjectives = new HashSet<>();
        for (Object fact : facts) {
            if (fact instanceof ObjectifPrs objectif && concerns(objectif, region, prs, cited)) {
                prsOfObjectives.add(objectif.prs());
            }
        }
        List<Object> concerning = new ArrayList<>();
        for (Object fact : facts) {
            boolean kept = fact instanceof ObjectifPrs objectif ? concerns(objectif, region, prs, cited)
                    : !(fact instanceof ProjetRegionalSante projet) || projet.region().equals(region) || projet.id().equals(prs)
                            || prsOfObjectives.contains(projet.id());
            if (kept) {
                concerning.add(fact);
            }
        }
        return concerning;
    }

    private static boolean concerns(ObjectifPrs objectif, String region, String prs, Set<String> cited) {
        return objectif.region().equals(region) || objectif.prs().equals(prs) || cited.contains(objectif.code());
    }
}
