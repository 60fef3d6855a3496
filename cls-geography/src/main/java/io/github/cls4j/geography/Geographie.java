package io.github.cls4j.geography;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The official geography of France in every edition it holds: the communes of INSEE's Code
 * officiel géographique, the EPCI à fiscalité propre of the DGCL, the départements and the regions,
 * as they stood on 1 January of each year.
 *
 * <p>The {@linkplain #bundled() bundled} editions are 2019 and 2021 to 2026 of Etalab's
 * {@code @etalab/decoupage-administratif} (there is no 2020 edition of the communes); a host reads
 * its own with {@link #read(Path)}. A contract is judged against the edition in force on its day
 * ({@link #millesimeEnVigueurLe}). The populations are those each edition gives; the package does
 * not say of which year they are (INSEE's populations of year N−3 come into force on 1 January N,
 * and the package's do not always follow its editions), so none is claimed here.
 *
 * <p>Immutable and thread-safe.
 */
public final class Geographie {

    /** The order in which the entries of one code are given: the commune first. */
    private static final Comparator<CommuneCog> COMMUNE_FIRST = Comparator.comparing(CommuneCog::type);

    private final List<Millesime> millesimes;
    private final CommuneIndex communes;
    private final Map<String, List<GeographyFiles.State<EpciCog>>> epci;
    /** The EPCI states that list each commune among their members. */
    private final Map<String, List<GeographyFiles.State<EpciCog>>> epciOfMember;
    private final Map<String, List<GeographyFiles.State<String[]>>> departements;
    private final Map<String, List<GeographyFiles.State<String[]>>> regions;

    private Geographie(GeographyFiles files) {
        this.millesimes = files.editions();
        // Read when asked for, from any thread: nothing shared is written then.
        this.communes = new CommuneIndex(files.table(GeographyFiles.COMMUNES, CommuneIndex.FIELDS + 2),
                line -> files.state(line, CommuneIndex.FIELDS, l -> commune(l, Function.identity())), files::shared);
        List<GeographyFiles.State<EpciCog>> epciStates = files.states(GeographyFiles.EPCI, 4, 1, line -> epci(line, files));
        this.epci = index(epciStates, s -> List.of(s.value().siren()));
        this.epciOfMember = index(epciStates, s -> s.value().membres());
        this.departements = index(files.states(GeographyFiles.DEPARTEMENTS, 3, 1, line -> named(line, files)), s -> List.of(s.value()[0]));
        this.regions = index(files.states(GeographyFiles.REGIONS, 2, 1, line -> named(line, files)), s -> List.of(s.value()[0]));
        files.loaded();
    }

    /** The editions bundled with cls4j, read once, on first use. */
    public static Geographie bundled() {
        return Bundled.GEOGRAPHIE;
    }

    /**
     * The geography of the files of {@code folder}, in the format of the bundled ones
     * ({@code editions.tsv}, {@code communes.tsv}, {@code epci.tsv}, {@code departements.tsv},
     * {@code regions.tsv}), as {@code scripts/geography/regenerate.mjs} writes them.
     *
     * @throws GeographyFormatException naming the file and line of the first problem: a file
     *     missing or unreadable, a line not in the format, a code given twice in one edition, a file
     *     of other editions than {@code editions.tsv}
     */
    public static Geographie read(Path folder) {
        Objects.requireNonNull(folder, "folder");
        Map<String, byte[]> contents = new HashMap<>();
        for (String file : GeographyFiles.ALL) {
            contents.put(file, GeographyFiles.read(folder, file));
        }
        GeographyFiles files = new GeographyFiles(name -> Objects.requireNonNull(contents.get(name)), name -> folder.resolve(name).toString());
        // A host's communes are read whole once, first, so that a problem is told now, at its line;
        // the bundled ones are checked so by the build (GeographyFilesTest).
        files.states(GeographyFiles.COMMUNES, CommuneIndex.FIELDS, 2, line -> commune(line, Function.identity()));
        return new Geographie(files);
    }

    /** The index of the communes (for the tests of this package). */
    CommuneIndex communeIndex() {
        return communes;
    }

    /** The editions, oldest first. */
    public List<Millesime> millesimes() {
        return millesimes;
    }

    /**
     * The edition in force on {@code day}: the latest that came into force on or before it; the
     * oldest for a day before every edition (whether it is so says {@link Millesime#enVigueurDepuis()}).
     */
    public Millesime millesimeEnVigueurLe(LocalDate day) {
        Objects.requireNonNull(day, "day");
        Millesime inForce = millesimes.get(0);
        for (Millesime millesime : millesimes) {
            if (!millesime.enVigueurDepuis().isAfter(day)) {
                inForce = millesime;
            }
        }
        return inForce;
    }

    /**
     * What the code {@code code} designates in {@code millesime}: the commune first, then a commune
     * déléguée or associée of the same code, an arrondissement municipal. Empty if the edition does
     * not hold the code.
     */
    public Optional<CommuneCog> commune(String code, Millesime millesime) {
        return entries(code, millesime).stream().findFirst();
    }

    /** Every entry of the code {@code code} in {@code millesime}, the commune first (a commune nouvelle may share its code with a commune déléguée). */
    public List<CommuneCog> entries(String code, Millesime millesime) {
        return at(communes.of(Objects.requireNonNull(code, "code")), millesime, GeographieState::withPopulation).stream().sorted(COMMUNE_FIRST).toList();
    }

    /** The communes of {@code millesime}, in order of their codes: neither the communes déléguées or associées nor the arrondissements. */
    public List<CommuneCog> communes(Millesime millesime) {
        List<CommuneCog> communesOfEdition = new ArrayList<>();
        for (String code : communes.codes()) {
            commune(code, millesime).filter(CommuneCog::estCommune).ifPresent(communesOfEdition::add);
        }
        return communesOfEdition;
    }

    /**
     * The communes of {@code millesime} that a code has become: those that list it among their
     * former codes, or, for a commune déléguée or associée, the commune it belongs to. Empty for a
     * code that is a commune of the edition, or that the edition does not trace.
     */
    public List<CommuneCog> devenir(String code, Millesime millesime) {
        List<CommuneCog> became = new ArrayList<>(at(communes.listingFormerCode(Objects.requireNonNull(code, "code")), millesime, GeographieState::withPopulation));
        for (CommuneCog entry : entries(code, millesime)) {
            if (entry.estCommune()) {
                return List.of();
            }
            if (entry.type() != TypeCommune.ARRONDISSEMENT_MUNICIPAL && entry.parent() != null && !entry.parent().equals(code)) {
                commune(entry.parent(), millesime).filter(CommuneCog::estCommune).ifPresent(became::add);
            }
        }
        return became.stream().distinct().toList();
    }

    /** The EPCI of SIREN {@code siren} in {@code millesime}. */
    public Optional<EpciCog> epci(String siren, Millesime millesime) {
        return at(epci.get(Objects.requireNonNull(siren, "siren")), millesime, GeographieState::withEpciPopulation).stream().findFirst();
    }

    /** The EPCI of which the commune {@code code} is a member in {@code millesime}; empty for a commune of none (an island, Paris…). */
    public Optional<EpciCog> epciDe(String code, Millesime millesime) {
        return at(epciOfMember.get(Objects.requireNonNull(code, "code")), millesime, GeographieState::withEpciPopulation).stream().findFirst();
    }

    /** The editions that hold the code {@code code}, as a commune or otherwise, oldest first. */
    public List<Millesime> millesimesDe(String code) {
        long editions = 0;
        for (GeographyFiles.State<CommuneCog> state : communes.of(Objects.requireNonNull(code, "code"))) {
            editions |= state.editions();
        }
        List<Millesime> holding = new ArrayList<>();
        for (int i = 0; i < millesimes.size(); i++) {
            if ((editions & 1L << i) != 0) {
                holding.add(millesimes.get(i));
            }
        }
        return holding;
    }

    /** The edition that follows {@code millesime}, if this geography holds one. */
    public Optional<Millesime> suivant(Millesime millesime) {
        int edition = millesimes.indexOf(Objects.requireNonNull(millesime, "millesime"));
        return edition >= 0 && edition + 1 < millesimes.size() ? Optional.of(millesimes.get(edition + 1)) : Optional.empty();
    }

    /** The EPCI of {@code millesime}, by SIREN. */
    public List<EpciCog> epcis(Millesime millesime) {
        return epci.values().stream().flatMap(states -> at(states, millesime, GeographieState::withEpciPopulation).stream())
                .sorted(Comparator.comparing(EpciCog::siren)).toList();
    }

    /** The name of the département (or collectivité d'outre-mer) {@code code} in {@code millesime}. */
    public Optional<String> nomDepartement(String code, Millesime millesime) {
        return at(departements.get(code), millesime, (state, i) -> state.value()[1]).stream().findFirst();
    }

    /** The code of the region of the département {@code code} in {@code millesime}. */
    public Optional<String> regionDuDepartement(String code, Millesime millesime) {
        return at(departements.get(code), millesime, (state, i) -> state.value()[2]).stream().findFirst();
    }

    /** The name of the region (or collectivité d'outre-mer) {@code code} in {@code millesime}. */
    public Optional<String> nomRegion(String code, Millesime millesime) {
        return at(regions.get(code), millesime, (state, i) -> state.value()[1]).stream().findFirst();
    }

    /** How a state is given in an edition, with the figure of that edition. */
    @FunctionalInterface
    private interface GeographieState<T, R> {

        R in(GeographyFiles.State<T> state, int edition);

        static CommuneCog withPopulation(GeographyFiles.State<CommuneCog> state, int edition) {
            CommuneCog c = state.value();
            int population = state.figures()[edition];
            return new CommuneCog(c.code(), c.type(), c.nom(), c.departement(), c.region(), c.zone(), c.siren(), c.parent(),
                    c.anciensCodes(), population < 0 ? null : population);
        }

        static EpciCog withEpciPopulation(GeographyFiles.State<EpciCog> state, int edition) {
            EpciCog e = state.value();
            int population = state.figures()[edition];
            return new EpciCog(e.siren(), e.type(), e.nom(), e.membres(), population < 0 ? null : population);
        }
    }

    private <T, R> List<R> at(List<GeographyFiles.State<T>> states, Millesime millesime, GeographieState<T, R> as) {
        int edition = millesimes.indexOf(Objects.requireNonNull(millesime, "millesime"));
        if (edition < 0) {
            throw new IllegalArgumentException("The edition " + millesime.annee() + " is not one of this geography's: " + millesimes);
        }
        if (states == null) {
            return List.of();
        }
        List<R> found = new ArrayList<>(1);
        for (GeographyFiles.State<T> state : states) {
            if ((state.editions() & 1L << edition) != 0) {
                found.add(as.in(state, edition));
            }
        }
        return found;
    }

    private static <T> Map<String, List<GeographyFiles.State<T>>> index(List<GeographyFiles.State<T>> states,
            Function<GeographyFiles.State<T>, List<String>> keys) {
        // Never changed once made, and published through a final field: no copy needed.
        Map<String, List<GeographyFiles.State<T>>> index = new HashMap<>();
        for (GeographyFiles.State<T> state : states) {
            for (String key : keys.apply(state)) {
                index.computeIfAbsent(key, k -> new ArrayList<>(1)).add(state);
            }
        }
        return index;
    }

    /** The commune of {@code line}, its texts kept once by {@code shared}. */
    private static CommuneCog commune(GeographyFiles.Line line, Function<String, String> shared) {
        String[] f = line.fields();
        String code = code(line, f[0]);
        try {
            return new CommuneCog(shared.apply(code), TypeCommune.of(f[1]), shared.apply(text(line, f[2], "name")), shared.apply(f[3]),
                    shared.apply(f[4]), Zone.of(f[5]), siren(line, f[6]), f[7].isEmpty() ? null : shared.apply(code(line, f[7])),
                    f[8].isEmpty() ? List.of() : Arrays.stream(f[8].split(" ")).map(c -> shared.apply(code(line, c))).toList(), null);
        } catch (IllegalArgumentException e) {
            throw line.problem(e.getMessage());
        }
    }

    private static EpciCog epci(GeographyFiles.Line line, GeographyFiles files) {
        String[] f = line.fields();
        TypeEpci type;
        try {
            type = TypeEpci.valueOf(f[1]);
        } catch (IllegalArgumentException e) {
            throw line.problem("no kind of EPCI is written " + f[1] + " (expected " + Arrays.toString(TypeEpci.values()) + ")");
        }
        List<String> membres = f[3].isEmpty() ? List.of() : Arrays.stream(f[3].split(" ")).map(c -> files.shared(code(line, c))).toList();
        return new EpciCog(Objects.requireNonNull(siren(line, f[0]), "siren"), type, text(line, f[2], "name"), membres, null);
    }

    private static String[] named(GeographyFiles.Line line, GeographyFiles files) {
        String[] f = line.fields();
        text(line, f[0], "code");
        text(line, f[1], "name");
        return Arrays.stream(f).map(files::shared).toArray(String[]::new);
    }

    private static String code(GeographyFiles.Line line, String code) {
        if (!isCodeCommune(code)) {
            throw line.problem("the code " + code + " is not an INSEE code of five characters");
        }
        return code;
    }

    /** Whether {@code code} has the shape of an INSEE code: five digits, the second {@code A} or {@code B} in Corsica. */
    private static boolean isCodeCommune(String code) {
        if (code.length() != 5) {
            return false;
        }
        for (int i = 0; i < 5; i++) {
            char c = code.charAt(i);
            if (!(c >= '0' && c <= '9' || i == 1 && (c == 'A' || c == 'B'))) {
                return false;
            }
        }
        return true;
    }

    private static String siren(GeographyFiles.Line line, String siren) {
        if (siren.isEmpty()) {
            return null;
        }
        if (siren.length() != 9 || !siren.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw line.problem("the SIREN " + siren + " is not nine digits");
        }
        return siren;
    }

    private static String text(GeographyFiles.Line line, String text, String what) {
        if (text.isBlank()) {
            throw line.problem("the " + what + " is empty");
        }
        return text;
    }

    /** The bundled editions, read when first asked for: the class is loaded then. */
    private static final class Bundled {

        static final Geographie GEOGRAPHIE = new Geographie(new GeographyFiles(GeographyFiles::resource, Function.identity()));
    }
}
