package io.github.cls4j.cli.option;

import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.geography.Geographie;
import io.github.cls4j.geography.GeographyFormatException;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.RuleCompilationException;
import io.github.cls4j.rules.RuleProblem;
import io.github.cls4j.rules.ValidationLimits;
import io.github.cls4j.rules.portfolio.TerritorialData;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * Which rules and reference data a command uses: the bundled ones unless a folder is given.
 * Shared by the commands as a picocli mixin. Rules from a folder are compiled when the command
 * runs, so that a rule author sees an edit at once. A {@code --data} folder holds {@code prs.json}
 * (the PRS, for every command), {@code territoires.json} (for {@code portfolio}), or both.
 */
public final class RuleOptions {

    private static final String PRS_FILE = "prs.json";
    private static final String RULES = "--rules";
    private static final String ADDITIONAL_RULES = "--additional-rules";
    private static final String DATA = "--data";
    private static final String GEOGRAPHY = "--geography";
    private static final String PROFILES_FILE = "profiles.json";

    @Option(names = RULES, paramLabel = "DOSSIER",
            description = "Remplace les règles fournies par les fichiers .drl de DOSSIER (et de ses sous-dossiers).")
    private Path rules;

    @Option(names = ADDITIONAL_RULES, paramLabel = "DOSSIER",
            description = "Ajoute aux règles les fichiers .drl de DOSSIER ; l'option peut être répétée.")
    private List<Path> additionalRules = new ArrayList<>();

    @Option(names = "--profiles", paramLabel = "FICHIER",
            description = "Ajoute les profils de validation de FICHIER (le format de profiles.json) ; l'option peut être répétée."
                    + " Le profiles.json d'un dossier de règles est lu de même.")
    private List<Path> profiles = new ArrayList<>();

    @Option(names = DATA, paramLabel = "DOSSIER",
            description = "Remplace les données de référence fournies par celles de DOSSIER : son prs.json (les PRS) et, pour portfolio,"
                    + " son territoires.json (communes, QPV, territoires PRAPS) ; il en faut au moins un.")
    private Path data;

    @Option(names = GEOGRAPHY, paramLabel = "DOSSIER",
            description = "Juge les territoires sur la géographie officielle de DOSSIER (editions.tsv, communes.tsv, epci.tsv,"
                    + " departements.tsv, regions.tsv, au format de cls-geography) au lieu de celle fournie avec cls4j.")
    private Path geography;

    /** The geography read for {@code --geography}, once; the bundled one without the option. */
    private Geographie geographie;

    /**
     * A builder of the validator of one run of the command line. It does not warm up: a run
     * validates its files once, and a warm-up would only add its time to theirs.
     */
    public static ContractValidator.Builder validatorOfOneRun() {
        return ContractValidator.builder().warmUp(false);
    }

    /**
     * Builds the validator these options describe.
     *
     * @throws RuleCompilationException if a rule, profile or data file cannot be loaded
     */
    private ContractValidator validator(ValidationLimits limits) {
        ContractValidator.Builder builder = validatorOfOneRun().limits(limits);
        if (geography != null) {
            builder.geographie(geographie());
        }
        if (rules != null) {
            builder.rules(rules);
        }
        additionalRules.forEach(builder::additionalRules);
        // A folder of rules laid out as the bundled one may bring its profiles: honoured, never
        // ignored in silence (a garbage file is refused with its line).
        ruleFolders().stream().map(f -> f.resolve(PROFILES_FILE)).filter(Files::exists).forEach(builder::profiles);
        profiles.forEach(builder::profiles);
        // A folder may hold only the territorial data of a portfolio: the bundled PRS then stay.
        prsFile().ifPresent(prs -> builder.referenceData(data));
        return builder.build();
    }

    /**
     * The validator these options describe; empty when the rules or data cannot be loaded, the
     * problems then printed to {@code err}.
     */
    public Optional<ContractValidator> load(Labels labels, PrintWriter err) {
        return load(labels, err, ValidationLimits.defaults());
    }

    /** The validator these options describe, each validation within {@code limits}, as {@link #load(Labels, PrintWriter)}. */
    public Optional<ContractValidator> load(Labels labels, PrintWriter err, ValidationLimits limits) {
        List<String> missing = missingFolders(labels);
        if (!missing.isEmpty()) {
            missing.forEach(err::println);
            return Optional.empty();
        }
        try {
            return Optional.of(validator(limits));
        } catch (RuleCompilationException e) {
            print(e, ruleFolders(), labels, err);
            return Optional.empty();
        } catch (GeographyFormatException e) {
            err.println(labels.get("geography.bad", GEOGRAPHY, e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * The official geography the territories are judged against: the {@code --geography}
     * folder's, else the one bundled with cls4j.
     *
     * @throws GeographyFormatException naming the file and line if the folder's cannot be used
     */
    public Geographie geographie() {
        if (geographie == null) {
            geographie = geography == null ? Geographie.bundled() : Geographie.read(geography);
        }
        return geographie;
    }

    /** The PRS data of the {@code --data} folder, if it has them; else the bundled ones are used. */
    public Optional<Path> prsFile() {
        return dataFile(PRS_FILE);
    }

    /** The territorial data of the {@code --data} folder, if it has them; else the bundled sample is used. */
    public Optional<Path> territorialFile() {
        return dataFile(TerritorialData.FILE);
    }

    /**
     * The territorial data a portfolio is measured against on {@code day}: the {@code --data}
     * folder's, else the sample bundled with cls4j (its QPV), completed by the communes of the
     * geography in force that day.
     *
     * @throws io.github.cls4j.rules.ReferenceDataException naming the file and line if it cannot be used
     */
    public TerritorialData territorialData(LocalDate day) {
        return territorialFile().map(TerritorialData::read).orElseGet(TerritorialData::bundled).withGeographie(geographie(), day);
    }

    private Optional<Path> dataFile(String name) {
        return Optional.ofNullable(data).map(d -> d.resolve(name)).filter(Files::isRegularFile);
    }

    /** The folders given that are not there, each told as the option that names it. */
    private List<String> missingFolders(Labels labels) {
        List<String> missing = new ArrayList<>();
        if (rules != null && !Files.isDirectory(rules)) {
            missing.add(labels.get("folder.missing", RULES, rules));
        }
        additionalRules.stream().filter(f -> !Files.isDirectory(f)).forEach(f -> missing.add(labels.get("folder.missing", ADDITIONAL_RULES, f)));
        if (geography != null && !Files.isDirectory(geography)) {
            missing.add(labels.get("folder.missing", GEOGRAPHY, geography));
        }
        if (data != null && !Files.isDirectory(data)) {
            missing.add(labels.get("folder.missing", DATA, data));
        } else if (data != null && prsFile().isEmpty() && territorialFile().isEmpty()) {
            missing.add(labels.get("folder.noData", DATA, data, PRS_FILE, TerritorialData.FILE));
        }
        return missing;
    }

    /** The folders of rules given, where the files named by compilation problems are. */
    private List<Path> ruleFolders() {
        List<Path> folders = new ArrayList<>(additionalRules);
        if (rules != null) {
            folders.add(0, rules);
        }
        return folders;
    }

    /**
     * Prints each problem on a line of its own, {@code folder/file.drl:line: règle « … » : message}
     * (in English with English labels),
     * the file resolved against the folder that holds it, so that an editor or a terminal can open
     * it at the line.
     */
    public static void print(RuleCompilationException e, List<Path> folders, Labels labels, PrintWriter err) {
        // The folders as the user named them; the library's origin only when none was named (the bundled rules).
        String origin = folders.isEmpty() ? e.origin() : folders.stream().map(Path::toString).collect(Collectors.joining(", "));
        err.println(labels.get("rules.notLoaded", origin, e.problems().size()));
        for (RuleProblem problem : e.problems()) {
            String file = folders.stream().map(f -> f.resolve(problem.file())).filter(Files::isRegularFile)
                    .map(Path::toString).findFirst().orElse(problem.file());
            err.println("  " + file + problem.describe(labels.locale()).substring(problem.file().length()));
        }
    }
}
