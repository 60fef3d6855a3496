package io.github.cls4j.core.code;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The 18 French regions since 1 January 2016 (loi n° 2015-29 du 16 janvier 2015), with their INSEE
 * code, their departments and the Agence Régionale de Santé competent on them.
 *
 * <p>Each region has its own ARS (CSP art. L1431-1); the ARS of Guadeloupe is also competent for
 * Saint-Martin and Saint-Barthélemy, whose codes 977 and 978 are listed here as its departments.
 * Mayotte has its own ARS since 1 January 2020; before that date, the ARS Océan Indien covered La
 * Réunion and Mayotte. Saint-Pierre-et-Miquelon (975) belongs to no region and is not listed.
 */
public enum Region {
    GUADELOUPE("01", "Guadeloupe", "ARS Guadeloupe, Saint-Martin et Saint-Barthélemy", "971", "977", "978"),
    MARTINIQUE("02", "Martinique", "ARS Martinique", "972"),
    GUYANE("03", "Guyane", "ARS Guyane", "973"),
    LA_REUNION("04", "La Réunion", "ARS La Réunion", "974"),
    MAYOTTE("06", "Mayotte", "ARS Mayotte", "976"),
    ILE_DE_FRANCE("11", "Île-de-France", "ARS Île-de-France",
            "75", "77", "78", "91", "92", "93", "94", "95"),
    CENTRE_VAL_DE_LOIRE("24", "Centre-Val de Loire", "ARS Centre-Val de Loire",
            "18", "28", "36", "37", "41", "45"),
    BOURGOGNE_FRANCHE_COMTE("27", "Bourgogne-Franche-Comté", "ARS Bourgogne-Franche-Comté",
            "21", "25", "39", "58", "70", "71", "89", "90"),
    NORMANDIE("28", "Normandie", "ARS Normandie", "14", "27", "50", "61", "76"),
    HAUTS_DE_FRANCE("32", "Hauts-de-France", "ARS Hauts-de-France", "02", "59", "60", "62", "80"),
    GRAND_EST("44", "Grand Est", "ARS Grand Est",
            "08", "10", "51", "52", "54", "55", "57", "67", "68", "88"),
    PAYS_DE_LA_LOIRE("52", "Pays de la Loire", "ARS Pays de la Loire", "44", "49", "53", "72", "85"),
    BRETAGNE("53", "Bretagne", "ARS Bretagne", "22", "29", "35", "56"),
    NOUVELLE_AQUITAINE("75", "Nouvelle-Aquitaine", "ARS Nouvelle-Aquitaine",
            "16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87"),
    OCCITANIE("76", "Occitanie", "ARS Occitanie",
            "09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"),
    AUVERGNE_RHONE_ALPES("84", "Auvergne-Rhône-Alpes", "ARS Auvergne-Rhône-Alpes",
            "01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"),
    PROVENCE_ALPES_COTE_D_AZUR("93", "Provence-Alpes-Côte d'Azur", "ARS Provence-Alpes-Côte d'Azur",
            "04", "05", "06", "13", "83", "84"),
    CORSE("94", "Corse", "ARS Corse", "2A", "2B");

    private static final Map<String, Region> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Region::code, Function.identity()));
    private static final Map<String, Region> BY_DEPARTEMENT = Arrays.stream(values())
            .flatMap(r -> r.departements.stream().map(d -> Map.entry(d, r)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    /** Each region's name as {@link #nommeeDans} looks for it, made once: rules ask for every ARS signatory of every contract. */
    private static final Map<Region, String> SEARCHED = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Function.identity(), r -> " " + simplifie(r.nom) + " "));

    private final String code;
    private final String nom;
    private final String ars;
    private final List<String> departements;

    Region(String code, String nom, String ars, String... departements) {
        this.code = code;
        this.nom = nom;
        this.ars = ars;
        this.departements = List.of(departements);
    }

    /** The INSEE code of the region, e.g. {@code "32"}. */
    public String code() {
        return code;
    }

    /** The name of the region, e.g. {@code "Hauts-de-France"}. */
    public String nom() {
        return nom;
    }

    /** The name of the ARS competent on the region. */
    public String ars() {
        return ars;
    }

    /** The departments of the region, as in {@link CodeCommune#departement()}. */
    public List<String> departements() {
        return departements;
    }

    /** The region of the given INSEE code; empty for an unknown or {@code null} code. */
    public static Optional<Region> fromCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code));
    }

    /** The region of a department ({@code "62"}, {@code "2A"}, {@code "974"}); empty if unknown. */
    public static Optional<Region> ofDepartement(String departement) {
        return departement == null ? Optional.empty() : Optional.ofNullable(BY_DEPARTEMENT.get(departement));
    }

    /** The day Mayotte's own ARS took over from the ARS Océan Indien (loi n° 2019-774, art. 64). */
    public static final LocalDate ARS_MAYOTTE = LocalDate.of(2020, 1, 1);

    /**
     * The region whose ARS was competent for a department on {@code jour} ({@link #competenceLe}
     * of {@link #ofDepartement}). With no day, the competence of today's map.
     */
    public static Optional<Region> competentePour(String departement, LocalDate jour) {
        return ofDepartement(departement).map(region -> region.competenceLe(jour));
    }

    /**
     * The region whose ARS was competent for this one on {@code jour}: La Réunion for Mayotte
     * before {@link #ARS_MAYOTTE}, when the ARS Océan Indien covered both; else this region. With
     * no day, this region.
     */
    public Region competenceLe(LocalDate jour) {
        return this == MAYOTTE && jour != null && jour.isBefore(ARS_MAYOTTE) ? LA_REUNION : this;
    }

    /**
     * The region of a commune as the official geography gives it: that of code {@code region};
     * for Saint-Martin and Saint-Barthélemy, which are in no region, that of their
     * {@code departement} (977, 978: the ARS of Guadeloupe serves them). Empty for
     * Saint-Pierre-et-Miquelon, which has no ARS.
     */
    public static Optional<Region> deLaCommune(String region, String departement) {
        return fromCode(region).or(() -> ofDepartement(departement));
    }

    /** The region of a commune, from its department; empty if the code is malformed. */
    public static Optional<Region> ofCommune(CodeCommune commune) {
        return commune.departement().flatMap(Region::ofDepartement);
    }

    /**
     * The region whose name a text contains, e.g. {@code ARS Île-de-France} or {@code Agence
     * régionale de santé des Hauts de France}; accents, case, hyphens and apostrophes do not
     * matter. Empty when the text names no region, or more than one.
     */
    public static Optional<Region> nommeeDans(String texte) {
        if (texte == null) {
            return Optional.empty();
        }
        String cherche = " " + simplifie(texte) + " ";
        List<Region> nommees = Arrays.stream(values()).filter(r -> cherche.contains(SEARCHED.get(r))).toList();
        if (nommees.isEmpty() && cherche.contains(" ocean indien ")) {
            // The ARS Océan Indien, La Réunion's, served Mayotte too until 2020.
            return Optional.of(LA_REUNION);
        }
        return nommees.size() == 1 ? Optional.of(nommees.get(0)) : Optional.empty();
    }

    /**
     * Whether the regions of codes {@code a} and {@code b} had the same ARS on {@code jour}: the
     * same region, or La Réunion and Mayotte before {@link #ARS_MAYOTTE}. {@code false} when a code
     * names no region.
     */
    public static boolean memeArs(String a, String b, LocalDate jour) {
        Optional<Region> first = fromCode(a).map(r -> r.competenceLe(jour));
        return first.isPresent() && first.equals(fromCode(b).map(r -> r.competenceLe(jour)));
    }

    private static String simplifie(String texte) {
        String sansAccents = MARKS.matcher(Normalizer.normalize(texte, Normalizer.Form.NFD)).replaceAll("");
        return NOT_ALPHANUMERIC.matcher(sansAccents.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
