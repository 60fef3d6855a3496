package io.github.cls4j.rules.portfolio;

import io.github.cls4j.core.code.CodeCommune;
import io.github.cls4j.core.code.CodeQpv;
import io.github.cls4j.core.code.Region;
import io.github.cls4j.core.json.InputFile;
import io.github.cls4j.core.json.StrictJson;
import io.github.cls4j.geography.CommuneCog;
import io.github.cls4j.geography.EpciCog;
import io.github.cls4j.geography.Geographie;
import io.github.cls4j.geography.Millesime;
import io.github.cls4j.rules.ReferenceDataException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.type.TypeReference;

/**
 * The territorial reference data a portfolio is measured against: communes with their population,
 * QPV with theirs and their communes, and the PRAPS priority territories. Immutable and
 * thread-safe.
 *
 * <p>The file is JSON, {@code territoires.json}:
 *
 * <pre>{@code
 * {
 *   "description": "…",
 *   "communes": [ {"code": "62041", "nom": "Arras", "population": 41555, "annee": 2018, "source": "…"} ],
 *   "qpv":      [ {"code": "QP062001", "nom": "…", "population": 5000, "annee": 2018, "communes": ["62041"], "source": "…"} ],
 *   "praps":    [ {"id": "…", "region": "32", "nom": "…", "communes": ["62041"], "source": "…"} ]
 * }
 * }</pre>
 *
 * <p>Each figure carries its year and its source, as a report must print them. A malformed file is
 * refused with its line; a code given twice or malformed is refused, named; a population may be
 * missing ({@code null}), and the figures computed from the data then say what they lack.
 */
public final class TerritorialData {

    /** The name of the file in a data folder. */
    public static final String FILE = "territoires.json";

    private static final String BUNDLED = "/io/github/cls4j/rules/" + FILE;
    private static final TypeReference<Document> TYPE = new TypeReference<>() { };

    /** The file as written. */
    private record Document(String description, List<Commune> communes, List<QuartierPrioritaire> qpv,
            List<TerritoirePraps> praps) {
    }

    private final Map<CodeCommune, Commune> communes;
    private final Map<CodeQpv, QuartierPrioritaire> qpv;
    private final List<TerritoirePraps> praps;
    /** The region of each commune the geography gives; the others are known by their département. */
    private final Map<CodeCommune, Region> regions;
    /** The département and EPCI of each commune the geography gives. */
    private final Map<CodeCommune, Rattachement> rattachements;
    /** The edition of the geography the communes were completed from, or {@code null}. */
    private final Millesime edition;

    private TerritorialData(Map<CodeCommune, Commune> communes, Map<CodeQpv, QuartierPrioritaire> qpv, List<TerritoirePraps> praps) {
        this(communes, qpv, praps, Map.of(), Map.of(), null);
    }

    private TerritorialData(Map<CodeCommune, Commune> communes, Map<CodeQpv, QuartierPrioritaire> qpv, List<TerritoirePraps> praps,
            Map<CodeCommune, Region> regions, Map<CodeCommune, Rattachement> rattachements, Millesime edition) {
        this.communes = communes;
        this.qpv = qpv;
        this.praps = List.copyOf(praps);
        this.regions = regions;
        this.rattachements = rattachements;
        this.edition = edition;
    }

    /**
     * These data, completed by every commune of the edition of {@code geographie} in force on
     * {@code day} that they do not list, with the population that edition gives (whose year the
     * source does not say: {@link Commune#annee()} is {@code null}). A commune these data list
     * keeps its own figures, and takes the geography's population where it gives none; a code
     * these data list that the edition lacks stays (a host's own, counted as it says). Each
     * commune's region is the geography's.
     */
    public TerritorialData withGeographie(Geographie geographie, LocalDate day) {
        Objects.requireNonNull(geographie, "geographie");
        Millesime inForce = geographie.millesimeEnVigueurLe(Objects.requireNonNull(day, "day"));
        String source = "Code officiel géographique au 1er janvier " + inForce.annee() + " (" + inForce.source() + ")";
        Map<CodeCommune, Commune> completed = new HashMap<>(communes);
        Map<CodeCommune, Region> regionOf = new HashMap<>();
        Map<CodeCommune, Rattachement> attached = new HashMap<>();
        Map<String, EpciCog> epciOf = new HashMap<>();
        Map<String, String> departements = new HashMap<>();
        geographie.epcis(inForce).forEach(epci -> epci.membres().forEach(m -> epciOf.put(m, epci)));
        for (CommuneCog c : geographie.communes(inForce)) {
            CodeCommune code = CodeCommune.of(c.code());
            EpciCog epci = epciOf.get(c.code());
            attached.put(code, new Rattachement(c.departement(), departements.computeIfAbsent(c.departement(),
                    d -> geographie.nomDepartement(d, inForce).orElse(null)),
                    epci == null ? null : epci.siren(), epci == null ? null : epci.nom()));
            Long population = c.population() == null ? null : c.population().longValue();
            Commune own = completed.get(code);
            if (own == null || own.population() == null && population != null) {
                completed.put(code, new Commune(code, own == null || own.nom() == null ? c.nom() : own.nom(), population, null, source));
            }
            Region.deLaCommune(c.region(), c.departement()).ifPresent(r -> regionOf.put(code, r));
        }
        return new TerritorialData(Map.copyOf(completed), qpv, praps, Map.copyOf(regionOf), Map.copyOf(attached), inForce);
    }

    /** The edition of the geography these data were completed from ({@link #withGeographie}), if any. */
    public Optional<Millesime> geographie() {
        return Optional.ofNullable(edition);
    }

    /** No reference data: a portfolio then counts what the contracts say, and no share of a region. */
    public static TerritorialData empty() {
        return new TerritorialData(Map.of(), Map.of(), List.of());
    }

    /**
     * Data built by the host, e.g. from its own tables.
     *
     * @throws IllegalArgumentException if a code is given twice
     */
    public static TerritorialData of(List<Commune> communes, List<QuartierPrioritaire> qpv, List<TerritoirePraps> praps) {
        return build(new Document(null, communes, qpv, praps), (line, problem) -> new IllegalArgumentException(problem));
    }

    /** The small sample shipped with cls4j: the communes and QPV of the samples' territories (see the file for the sources). */
    public static TerritorialData bundled() {
        try (InputStream in = TerritorialData.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + BUNDLED + " in cls-rules");
            }
            return read(in, BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The most a file of territorial data may hold: every commune, QPV and PRAPS territory of
     * France take a few megabytes; a file beyond this is not one.
     */
    public static final long MAX_BYTES = 64L << 20;

    /**
     * The most inhabitants a commune or QPV may have: France has some 68 million, so a larger
     * figure cannot be true; bounded, the sums of a region's figures cannot overflow.
     */
    public static final long MAX_POPULATION = 100_000_000L;

    /**
     * Reads a file in the format above: a regular file of at most {@link #MAX_BYTES} bytes.
     *
     * @throws ReferenceDataException naming the file and line, if it is malformed, gives a code
     *     twice or a malformed code, or cannot be read
     */
    public static TerritorialData read(Path file) {
        try (InputStream in = new ByteArrayInputStream(InputFile.read(file, MAX_BYTES))) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new ReferenceDataException(file.toString(), 0, "cannot be read: " + InputFile.describe(e));
        }
    }

    private static TerritorialData read(InputStream in, String shownAs) {
        StrictJson.Failure failure = (line, problem) -> new ReferenceDataException(shownAs, line, problem);
        return build(StrictJson.read(in, TYPE, failure), failure);
    }

    private static TerritorialData build(Document document, StrictJson.Failure failure) {
        Map<CodeCommune, Commune> communes = new LinkedHashMap<>();
        for (Commune c : list(document.communes())) {
            check(c.code().isWellFormed(), failure, "malformed INSEE code " + c.code());
            check(communes.put(c.code(), c) == null, failure, "the commune " + c.code() + " is listed twice");
            check(c.population() == null || c.population() >= 0 && c.population() <= MAX_POPULATION, failure,
                    "the commune " + c.code() + " has a population out of 0.." + MAX_POPULATION);
        }
        Map<CodeQpv, QuartierPrioritaire> qpv = new LinkedHashMap<>();
        for (QuartierPrioritaire q : list(document.qpv())) {
            check(q.code().isWellFormed(), failure, "malformed QPV code " + q.code());
            check(qpv.put(q.code(), q) == null, failure, "the QPV " + q.code() + " is listed twice");
            check(q.population() == null || q.population() >= 0 && q.population() <= MAX_POPULATION, failure,
                    "the QPV " + q.code() + " has a population out of 0.." + MAX_POPULATION);
            check(q.nom() != null && !q.nom().isBlank(), failure, "the QPV " + q.code() + " has no name");
            list(q.communes()).forEach(c -> check(c != null && c.isWellFormed(), failure,
                    "the QPV " + q.code() + " lists a malformed INSEE code " + c));
        }
        List<String> ids = new ArrayList<>();
        for (TerritoirePraps t : list(document.praps())) {
            check(!ids.contains(t.id()), failure, "the PRAPS territory " + t.id() + " is listed twice");
            check(t.nom() != null && !t.nom().isBlank(), failure, "the PRAPS territory " + t.id() + " has no name");
            check(t.region() != null && t.region().region().isPresent(), failure,
                    "the PRAPS territory " + t.id() + " names no region of France: " + t.region());
            ids.add(t.id());
        }
        return new TerritorialData(Map.copyOf(communes), Map.copyOf(qpv), list(document.praps()));
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }

    private static void check(boolean ok, StrictJson.Failure failure, String problem) {
        if (!ok) {
            throw failure.at(0, problem);
        }
    }

    /** The commune of code {@code code}, if the data have it. */
    public Optional<Commune> commune(CodeCommune code) {
        return Optional.ofNullable(communes.get(code));
    }

    /** The QPV of code {@code code}, if the data have it. */
    public Optional<QuartierPrioritaire> qpv(CodeQpv code) {
        return Optional.ofNullable(qpv.get(code));
    }

    /** The communes of {@code region}: by the geography's region, else by their département. */
    public List<Commune> communes(Region region) {
        return communes.values().stream().filter(c -> regionOf(c.code()) == region)
                .sorted((a, b) -> a.code().value().compareTo(b.code().value())).toList();
    }

    /** The QPV of {@code region}: those one of whose communes is in it. */
    public List<QuartierPrioritaire> qpv(Region region) {
        return qpv.values().stream().filter(q -> q.communes().stream().anyMatch(c -> regionOf(c) == region))
                .sorted((a, b) -> a.code().value().compareTo(b.code().value())).toList();
    }

    private Region regionOf(CodeCommune code) {
        Region region = regions.get(code);
        return region != null ? region : Region.ofCommune(code).orElse(null);
    }

    /** The region of the commune {@code code}: the geography's where these data were completed from one, else by its département. */
    public Optional<Region> region(CodeCommune code) {
        return Optional.ofNullable(regionOf(code));
    }

    /** The département and EPCI of the commune {@code code}, where these data were completed from the geography. */
    public Optional<Rattachement> rattachement(CodeCommune code) {
        return Optional.ofNullable(rattachements.get(code));
    }

    /** The PRAPS priority territories of {@code region}. */
    public List<TerritoirePraps> praps(Region region) {
        return praps.stream().filter(t -> t.region().region().orElse(null) == region).toList();
    }

    /** Whether the data hold no commune, no QPV and no PRAPS territory. */
    public boolean isEmpty() {
        return communes.isEmpty() && qpv.isEmpty() && praps.isEmpty();
    }
}
