package io.github.cls4j.rules.internal.engine;

import io.github.cls4j.core.code.CodeCommune;
import io.github.cls4j.core.code.Region;
import io.github.cls4j.core.territoire.Territoire;
import io.github.cls4j.core.territoire.TypeTerritoire;
import io.github.cls4j.geography.CommuneCog;
import io.github.cls4j.geography.EpciCog;
import io.github.cls4j.geography.Geographie;
import io.github.cls4j.geography.Millesime;
import io.github.cls4j.geography.TypeEpci;
import io.github.cls4j.rules.facts.CommuneDuTerritoire;
import io.github.cls4j.rules.facts.EditionGeographique;
import io.github.cls4j.rules.facts.EpciDuTerritoire;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The facts of the official geography a validation sees: the edition the contract is judged
 * against, each commune code of its territory and the EPCI it names, as that edition knows them.
 * Worked out once per validation from the immutable {@link Geographie}, so that the rules only
 * compare.
 */
final class GeographyFacts {

    /** The kind of EPCI of each kind of territory the DGCL lists. */
    private static final Map<TypeTerritoire, TypeEpci> EPCI_KIND = new EnumMap<>(Map.of(
            TypeTerritoire.COMMUNAUTE_DE_COMMUNES, TypeEpci.CC,
            TypeTerritoire.COMMUNAUTE_D_AGGLOMERATION, TypeEpci.CA,
            TypeTerritoire.COMMUNAUTE_URBAINE, TypeEpci.CU,
            TypeTerritoire.METROPOLE, TypeEpci.METRO,
            TypeTerritoire.METROPOLE_DE_LYON, TypeEpci.MET69));

    private GeographyFacts() {
    }

    /**
     * The facts for {@code territoire} judged on {@code day} (or {@code null}) against {@code geographie}:
     * none for a contract without a territory.
     */
    static List<Object> of(Territoire territoire, LocalDate day, Geographie geographie) {
        if (territoire == null) {
            return List.of();
        }
        Millesime edition = day == null ? geographie.millesimes().get(geographie.millesimes().size() - 1) : geographie.millesimeEnVigueurLe(day);
        List<Object> facts = new ArrayList<>(territoire.communes().size() + 2);
        // Only an edition of the day's year, followed by another, proves a code absent on that day: a
        // commune created during the year under a new code is in the next edition.
        boolean exacte = day != null && day.getYear() == edition.annee() && geographie.suivant(edition).isPresent();
        EditionGeographique judgedOn = new EditionGeographique(edition.annee(), edition.source(), day, exacte, geographie, edition);
        facts.add(judgedOn);
        Set<String> codes = new LinkedHashSet<>();
        for (CodeCommune code : territoire.communes()) {
            // A missing or malformed code is a structural finding already; the geography has nothing to say of it.
            if (code != null && code.isWellFormed() && codes.add(code.value())) {
                facts.add(commune(territoire, code.value(), edition, day, geographie));
            }
        }
        epci(territoire, codes, judgedOn).ifPresent(facts::add);
        return facts;
    }

    private static CommuneDuTerritoire commune(Territoire territoire, String code, Millesime edition, LocalDate day, Geographie geographie) {
        CommuneCog inscription = geographie.commune(code, edition).orElse(null);
        List<CommuneCog> devenir = geographie.devenir(code, edition);
        // A code the edition lacks is judged by what it became, else by its département: no
        // département has changed region since 2016.
        CommuneCog judged = inscription != null ? inscription : devenir.isEmpty() ? null : devenir.get(0);
        Region competente = (judged == null ? Region.ofCommune(CodeCommune.of(code))
                : Region.deLaCommune(judged.region(), judged.departement()))
                .map(region -> region.competenceLe(day))
                .orElse(null);
        return new CommuneDuTerritoire(territoire, code, edition.annee(), inscription, devenir,
                geographie.millesimesDe(code).stream().map(Millesime::annee).toList(), geographie.epciDe(code, edition).orElse(null), competente);
    }

    private static Optional<EpciDuTerritoire> epci(Territoire territoire, Set<String> codes, EditionGeographique edition) {
        TypeEpci kind = territoire.type() == null ? null : EPCI_KIND.get(territoire.type());
        if (kind == null || territoire.siren() == null || !territoire.siren().isWellFormed()) {
            return Optional.empty();
        }
        String siren = territoire.siren().value();
        EpciCog epci = edition.geographie().epci(siren, edition.millesime()).orElse(null);
        List<String> absentes = new ArrayList<>();
        List<String> enTrop = new ArrayList<>();
        if (epci != null) {
            Set<String> membres = new LinkedHashSet<>(epci.membres());
            for (String membre : membres) {
                if (!codes.contains(membre)) {
                    absentes.add(edition.designation(membre));
                }
            }
            for (String code : codes) {
                if (!membres.contains(code)) {
                    enTrop.add(edition.designation(code));
                }
            }
        }
        return Optional.of(new EpciDuTerritoire(territoire, siren, edition.annee(), epci, kind, absentes, enTrop));
    }
}
