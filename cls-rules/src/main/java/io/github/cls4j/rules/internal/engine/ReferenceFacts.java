package io.github.cls4j.rules.internal.engine;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.strategie.RattacheAuPrs;
import io.github.cls4j.rules.facts.ObjectifPrs;
import io.github.cls4j.rules.facts.ProjetRegionalSante;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The reference data of a rule set, of which each validation sees those that concern its contract:
 * the PRS versions and their objectives, and where they come from, which an explanation names.
 */
public final class ReferenceFacts {

    private final List<Object> facts;
    private final String source;
    private final Set<Class<?>> types;
    /** For each region, the facts a contract of it sees when it names no other PRS and cites no other region's code. */
    private final Map<String, List<Object>> ofRegion = new HashMap<>();
    /** What a contract of no region, or of one the data do not know, sees in that case: the facts that are no PRS data. */
    private final List<Object> others;
    private final Map<String, List<ObjectifPrs>> objectivesByCode = new HashMap<>();
    private final Map<String, String> regionOfPrs = new HashMap<>();

    /**
     * Copies the facts and requires the source.
     *
     * @param facts the facts, in the order of the data
     * @param source where they come from: {@code cls-rules 0.1.0} for the bundled data, else the
     *     folder that replaces them
     */
    public ReferenceFacts(List<Object> facts, String source) {
        this.facts = List.copyOf(facts);
        this.source = Objects.requireNonNull(source, "source");
        Set<String> regions = new HashSet<>();
        Set<Class<?>> classes = new HashSet<>();
        for (Object fact : this.facts) {
            classes.add(fact.getClass());
            if (fact instanceof ObjectifPrs objectif) {
                objectivesByCode.computeIfAbsent(objectif.code(), code -> new ArrayList<>(1)).add(objectif);
                regions.add(objectif.region());
            } else if (fact instanceof ProjetRegionalSante projet) {
                regionOfPrs.put(projet.id(), projet.region());
                regions.add(projet.region());
            }
        }
        this.types = Set.copyOf(classes);
        this.others = choose(null, null, Set.of());
        regions.forEach(region -> ofRegion.put(region, choose(region, null, Set.of())));
    }

    /** Where they come from. */
    public String source() {
        return source;
    }

    /** The classes of the facts: a rule set that matches none of them needs none chosen. */
    public Set<Class<?>> types() {
        return types;
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
        Set<ObjectifPrs> citedElsewhere = null;
        for (Object element : elements) {
            if (element instanceof RattacheAuPrs rattache) {
                for (String code : rattache.objectifsPrs()) {
                    for (ObjectifPrs objectif : objectivesByCode.getOrDefault(code, List.of())) {
                        if (!objectif.region().equals(region)) {
                            if (citedElsewhere == null) {
                                citedElsewhere = Collections.newSetFromMap(new IdentityHashMap<>());
                            }
                            citedElsewhere.add(objectif);
                        }
                    }
                }
            }
        }
        boolean namesAnother = prs != null && regionOfPrs.containsKey(prs) && !regionOfPrs.get(prs).equals(region);
        // Most contracts cite their region's codes and name its PRS: their facts are chosen once.
        return citedElsewhere == null && !namesAnother ? ofRegion.getOrDefault(region, others)
                : choose(region, prs, citedElsewhere == null ? Set.of() : citedElsewhere);
    }

    private List<Object> choose(String region, String prs, Set<ObjectifPrs> cited) {
        // The PRS of the objectives kept are kept: one pass to know them, one to keep the order.
        Set<String> prsOfObjectives = new HashSet<>();
        for (Object fact : facts) {
            if (fact instanceof ObjectifPrs objectif && concerns(objectif, region, prs, cited)) {
                prsOfObjectives.add(objectif.prs());
            }
        }
        List<Object> chosen = new ArrayList<>();
        for (Object fact : facts) {
            boolean kept = fact instanceof ObjectifPrs objectif ? concerns(objectif, region, prs, cited)
                    : !(fact instanceof ProjetRegionalSante projet) || projet.region().equals(region) || projet.id().equals(prs)
                            || prsOfObjectives.contains(projet.id());
            if (kept) {
                chosen.add(fact);
            }
        }
        return Collections.unmodifiableList(chosen);
    }

    private static boolean concerns(ObjectifPrs objectif, String region, String prs, Set<ObjectifPrs> cited) {
        return objectif.region().equals(region) || objectif.prs().equals(prs) || cited.contains(objectif);
    }
}
