package io.github.cls4j.rules.portfolio;

import io.github.cls4j.core.code.CodeCommune;
import io.github.cls4j.core.code.CodeQpv;
import io.github.cls4j.core.code.Region;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.territoire.Qpv;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * How much of a region the contracts cover on a day: communes, inhabitants, QPV and their
 * inhabitants, and the inhabitants of the priority territories, against the region's target.
 *
 * <p>A commune is covered when it is in the territory of a contract that covers it on that day
 * (a signed charte or a signed contract in force: see {@link Stade}); a commune or a QPV covered
 * by two contracts counts once. A QPV is covered when a covering contract lists it or one of its
 * communes is covered: a contract covers its whole territory. Inhabitants are those of the
 * reference data; a QPV the data lack counts with the population its contract states. The
 * priority territories are, as in Hauts-de-France's target ("75% de la population couverte dans
 * les territoires PRAPS et les quartiers de la politique de la ville"), the communes of the
 * region's PRAPS territories and the QPV outside them.
 *
 * @param region the region
 * @param asOf the day
 * @param total the region as the reference data give it
 * @param covered what the contracts cover, chartes and signed contracts together
 * @param byStage what the contracts of each stage cover (a commune under a charte and a signed
 *     contract counts in both stages, once in {@code covered})
 * @param priorityTarget the share of the priority territories' inhabitants the region aims to
 *     cover (0.75 for 75 %), or {@code null} when its profile sets none
 * @param withoutPopulation the covered communes and QPV whose population is not known (absent
 *     from the data, or without a figure): they count as communes and QPV of the region, and the
 *     inhabitants, covered and total, are short of theirs
 * @param contracts the number of the region's contracts that cover something on that day: at a
 *     stage that covers ({@link Stade#couvre()}), their territory listing a commune or a QPV
 * @param withoutTerritory the ids of the contracts at a stage that covers whose territory lists no
 *     commune and no QPV, in the order given: they cover nothing that can be counted, and are told
 *     apart so that a report does not count them as covering (the id, or the intitulé when the
 *     contract has none)
 * @param communesCovered the communes covered, in code order
 * @param qpvCovered the QPV covered, in code order
 * @param priorityComplete whether the population of every priority territory is known; if one is
 *     missing, the priority share is a lower or an upper bound and the target is not judged
 * @param byDepartement the communes and inhabitants of each département of the region, covered and
 *     in all, in code order; empty when the data were not completed from the geography
 *     ({@link TerritorialData#withGeographie}). Counted on the communes of the geography's
 *     edition: a code it lacks (a former commune, an arrondissement municipal, a host's own code)
 *     is in {@code total} and {@code covered} but in no part, so the parts may add up to less
 * @param byEpci the same for each EPCI à fiscalité propre with communes in the region, by SIREN
 */
public record Coverage(Region region, LocalDate asOf, Figures total, Figures covered, Map<Stade, Figures> byStage,
        BigDecimal priorityTarget, List<String> withoutPopulation, int contracts, List<String> withoutTerritory,
        List<CodeCommune> communesCovered,
        List<CodeQpv> qpvCovered, boolean priorityComplete, List<Part> byDepartement, List<Part> byEpci) {

    /**
     * The coverage of one part of the region (a département, an EPCI), counted on the communes of
     * the reference data: a commune without population counts, its inhabitants do not.
     *
     * @param code the département's code or the EPCI's SIREN
     * @param nom its name, or {@code null}
     * @param communesCovered its communes covered
     * @param communes its communes in the region
     * @param inhabitantsCovered the inhabitants of its communes covered
     * @param inhabitants the inhabitants of its communes in the region
     */
    public record Part(String code, String nom, int communesCovered, int communes, long inhabitantsCovered, long inhabitants) {

        /** The share of its communes covered, rounded as the region's; empty when it has none. */
        public Optional<BigDecimal> communesShare() {
            return Coverage.share(communesCovered, communes);
        }

        /** The share of its inhabitants covered; empty when none is known. */
        public Optional<BigDecimal> inhabitantsShare() {
            return Coverage.share(inhabitantsCovered, inhabitants);
        }
    }

    private static final int SCALE = 4;

    /** Copies the collections; the stages stay in their order. */
    public Coverage {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(asOf, "asOf");
        byStage = Collections.unmodifiableMap(new EnumMap<>(byStage));
        withoutPopulation = List.copyOf(withoutPopulation);
        withoutTerritory = List.copyOf(withoutTerritory);
        communesCovered = List.copyOf(communesCovered);
        qpvCovered = List.copyOf(qpvCovered);
        byDepartement = List.copyOf(byDepartement);
        byEpci = List.copyOf(byEpci);
    }

    /**
     * The coverage of {@code region} on {@code asOf} by those of {@code contrats} that are of the
     * region (the others are left out).
     *
     * @param priorityTarget the share aimed at, e.g. 0.75, or {@code null}
     */
    public static Coverage of(Region region, Collection<ContratLocalSante> contrats, TerritorialData data, LocalDate asOf,
            BigDecimal priorityTarget) {
        return measure(region, contrats.stream().filter(c -> Regions.of(c).orElse(null) == region).toList(), data, asOf,
                priorityTarget);
    }

    /** The coverage of {@code region} by {@code ofRegion}, contracts of the region all ({@link Portfolio} grouped them). */
    static Coverage measure(Region region, List<ContratLocalSante> ofRegion, TerritorialData data, LocalDate asOf,
            BigDecimal priorityTarget) {
        Map<ContratLocalSante, Stade> stages = new LinkedHashMap<>();
        for (ContratLocalSante contrat : ofRegion) {
            Stade.of(contrat, asOf).ifPresent(stade -> stages.put(contrat, stade));
        }
        Counter counter = new Counter(region, data);
        Map<Stade, Figures> byStage = new EnumMap<>(Stade.class);
        for (Stade stade : Stade.values()) {
            byStage.put(stade, counter.count(stages, s -> s == stade));
        }
        Figures covered = counter.count(stages, Stade::couvre);
        List<CodeCommune> communes = List.copyOf(counter.lastCommunes);
        List<CodeQpv> qpv = counter.lastQpv.stream().sorted(Comparator.comparing(CodeQpv::value)).toList();
        List<ContratLocalSante> atACoveringStage = stages.entrySet().stream().filter(e -> e.getValue().couvre()).map(Map.Entry::getKey)
                .toList();
        long covering = atACoveringStage.stream().filter(Coverage::listsItsTerritory).count();
        List<String> withoutTerritory = atACoveringStage.stream().filter(c -> !listsItsTerritory(c))
                .map(c -> Objects.requireNonNullElse(c.id(), Objects.toString(c.intitule(), ""))).toList();
        // The total after the counts: a commune or QPV the data lack is still one of the region.
        Figures total = counter.total();
        return new Coverage(region, asOf, total, covered, byStage, priorityTarget, counter.withoutPopulation(), (int) covering, withoutTerritory,
                communes, qpv, !counter.priorityUnknown, parts(region, data, communes, Rattachement::departement, Rattachement::nomDepartement),
                parts(region, data, communes, Rattachement::epci, Rattachement::nomEpci));
    }

    /** The parts of {@code region} that {@code key} groups its communes into, each with what {@code covered} holds of it. */
    private static List<Part> parts(Region region, TerritorialData data, List<CodeCommune> covered, Function<Rattachement, String> key,
            Function<Rattachement, String> name) {
        Set<CodeCommune> coveredSet = new HashSet<>(covered);
        Map<String, long[]> figures = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        for (Commune commune : data.communes(region)) {
            Rattachement r = data.rattachement(commune.code()).orElse(null);
            if (r == null || key.apply(r) == null) {
                continue;
            }
            long[] f = figures.computeIfAbsent(key.apply(r), k -> new long[4]);
            names.putIfAbsent(key.apply(r), name.apply(r));
            long population = commune.population() == null ? 0 : commune.population();
            boolean isCovered = coveredSet.contains(commune.code());
            f[0] += isCovered ? 1 : 0;
            f[1]++;
            f[2] += isCovered ? population : 0;
            f[3] += population;
        }
        List<Part> parts = new ArrayList<>(figures.size());
        figures.forEach((code, f) -> parts.add(new Part(code, names.get(code), (int) f[0], (int) f[1], f[2], f[3])));
        return parts;
    }

    /** The share of the region's communes covered; empty when the data have none of its communes. */
    public Optional<BigDecimal> communesShare() {
        return share(Figures::communes);
    }

    /** The share of the region's inhabitants covered. */
    public Optional<BigDecimal> inhabitantsShare() {
        return share(Figures::inhabitants);
    }

    /** The share of the region's QPV covered. */
    public Optional<BigDecimal> qpvShare() {
        return share(Figures::qpv);
    }

    /** The share of the inhabitants of the region's QPV covered. */
    public Optional<BigDecimal> qpvInhabitantsShare() {
        return share(Figures::qpvInhabitants);
    }

    /** Whether {@code contrat}'s territory names a commune or a QPV, which its coverage is counted on. */
    private static boolean listsItsTerritory(ContratLocalSante contrat) {
        return contrat.territoire() != null && (!contrat.territoire().communes().isEmpty() || !contrat.territoire().qpv().isEmpty());
    }

    /** The share of the inhabitants of the priority territories covered, the one the target is set on. */
    public Optional<BigDecimal> priorityShare() {
        return share(Figures::priorityInhabitants);
    }

    /**
     * Whether the priority share reaches the target; empty without a target or a share, or when the
     * population of a priority territory is not known: a share on incomplete figures judges nothing.
     */
    public Optional<Boolean> targetMet() {
        return priorityTarget == null || !priorityComplete ? Optional.empty()
                : priorityShare().map(share -> share.compareTo(priorityTarget) >= 0);
    }

    /**
     * The share of the region's {@code figure} covered, e.g. {@code share(Figures::qpv)} is
     * {@link #qpvShare()}; empty when the region has none.
     */
    public Optional<BigDecimal> share(ToLongFunction<Figures> figure) {
        return share(figure, covered);
    }

    /**
     * The share of the region's {@code figure} that the contracts of {@code stade} cover, rounded as
     * the overall shares are; empty when the region has none. The stages' shares need not add up to
     * the overall one: a commune under a charte and a signed contract counts in both stages.
     */
    public Optional<BigDecimal> share(Stade stade, ToLongFunction<Figures> figure) {
        return share(figure, byStage.getOrDefault(stade, Figures.NONE));
    }

    private Optional<BigDecimal> share(ToLongFunction<Figures> figure, Figures part) {
        return share(figure.applyAsLong(part), figure.applyAsLong(total));
    }

    /** {@code covered} of {@code whole}, to {@value #SCALE} places; empty when the whole is nothing. */
    private static Optional<BigDecimal> share(long covered, long whole) {
        return whole == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(covered).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_EVEN));
    }

    /** Counts sets of communes against the reference data of one region. */
    private static final class Counter {

        private static final Comparator<CodeCommune> BY_CODE = Comparator.comparing(CodeCommune::value);

        private final Region region;
        private final TerritorialData data;
        private final Set<CodeCommune> praps = new TreeSet<>(BY_CODE);
        private final Set<String> withoutPopulation = new TreeSet<>();
        private final Set<CodeCommune> seenCommunes = new TreeSet<>(BY_CODE);
        private final Map<CodeQpv, Long> seenQpv = new LinkedHashMap<>();
        private Set<CodeCommune> lastCommunes = Set.of();
        private Set<CodeQpv> lastQpv = Set.of();
        private boolean priorityUnknown;

        Counter(Region region, TerritorialData data) {
            this.region = region;
            this.data = data;
            data.praps(region).forEach(t -> praps.addAll(t.communes()));
        }

        /** The region: the communes and QPV of the data, and those the counts met that the data lack. */
        Figures total() {
            Set<CodeCommune> communes = new TreeSet<>(BY_CODE);
            data.communes(region).forEach(c -> communes.add(c.code()));
            communes.addAll(praps);
            communes.addAll(seenCommunes);
            Map<CodeQpv, Long> qpv = new LinkedHashMap<>();
            data.qpv(region).forEach(q -> qpv.put(q.code(), q.population()));
            seenQpv.forEach(qpv::putIfAbsent);
            return figures(communes, qpv, false);
        }

        Figures count(Map<ContratLocalSante, Stade> stages, Predicate<Stade> counted) {
            Set<CodeCommune> communes = new TreeSet<>(BY_CODE);
            Map<CodeQpv, Long> qpv = new LinkedHashMap<>();
            stages.forEach((contrat, stade) -> {
                if (counted.test(stade) && contrat.territoire() != null) {
                    communes.addAll(contrat.territoire().communes());
                    for (Qpv q : contrat.territoire().qpv()) {
                        if (q != null && q.code() != null) {
                            Long stated = q.population() == null ? null : q.population().longValue();
                            qpv.putIfAbsent(q.code(), data.qpv(q.code()).map(QuartierPrioritaire::population).orElse(stated));
                        }
                    }
                }
            });
            // A contract covers its whole territory, so the QPV of its communes too.
            data.qpv(region).stream().filter(q -> q.communes().stream().anyMatch(communes::contains))
                    .forEach(q -> qpv.putIfAbsent(q.code(), q.population()));
            seenCommunes.addAll(communes);
            qpv.forEach(seenQpv::putIfAbsent);
            lastCommunes = communes;
            lastQpv = qpv.keySet();
            return figures(communes, qpv, true);
        }

        private Figures figures(Set<CodeCommune> communes, Map<CodeQpv, Long> qpv, boolean noteMissing) {
            long inhabitants = 0;
            long priority = 0;
            int counted = 0;
            for (CodeCommune code : communes) {
                boolean inRegion = data.region(code).orElse(null) == region;
                if (!inRegion) {
                    continue;
                }
                counted++;
                Long population = data.commune(code).map(Commune::population).orElse(null);
                if (population == null) {
                    if (noteMissing) {
                        withoutPopulation.add(code.value());
                    }
                    priorityUnknown |= praps.contains(code);
                    continue;
                }
                inhabitants += population;
                if (praps.contains(code)) {
                    priority += population;
                }
            }
            long qpvInhabitants = 0;
            for (Map.Entry<CodeQpv, Long> q : qpv.entrySet()) {
                if (q.getValue() == null) {
                    if (noteMissing) {
                        withoutPopulation.add(q.getKey().value());
                    }
                    priorityUnknown |= !insidePraps(q.getKey());
                    continue;
                }
                qpvInhabitants += q.getValue();
                if (!insidePraps(q.getKey())) {
                    priority += q.getValue();
                }
            }
            return new Figures(counted, inhabitants, qpv.size(), qpvInhabitants, priority);
        }

        /** Whether a QPV lies wholly in PRAPS communes, whose inhabitants are counted already. */
        private boolean insidePraps(CodeQpv code) {
            List<CodeCommune> communes = data.qpv(code).map(QuartierPrioritaire::communes).orElse(List.of());
            return !communes.isEmpty() && praps.containsAll(communes);
        }

        List<String> withoutPopulation() {
            return new ArrayList<>(withoutPopulation);
        }
    }
}
