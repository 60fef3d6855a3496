package io.github.cls4j.samples.cli;

import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.RuleCompilationException;
import io.github.cls4j.rules.RuleProblem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Which rules, reference data and profile a command uses: the bundled ones unless a folder is
 * given. Shared by the commands as a picocli mixin. Rules from a folder are compiled when the
 * command runs, so that a rule author sees an edit at once.
 */
final class RuleOptions {

    private static final String PRS_FILE = "prs.json";

    @Option(names = "--rules", paramLabel = "DOSSIER",
            description = "Remplace les règles fournies par les fichiers .drl de DOSSIER (et de ses sous-dossiers).")
    private Path rules;

    @Option(names = "--additional-rules", paramLabel = "DOSSIER",
            description = "Ajoute aux règles les fichiers .drl de DOSSIER ; l'option peut être répétée.")
    private List<Path> additionalRules = new ArrayList<>();

    @Option(names = "--data", paramLabel = "DOSSIER",
            description = "Remplace les données de référence fournies (prs.json) par celles de DOSSIER.")
    private Path data;

    @Option(names = "--profile", paramLabel = "PROFIL",
            description = "Le profil de validation, par exemple national ou hauts-de-france ; par défaut celui de la région du contrat.")
    private String profile;

    /** The profile asked for, or {@code null} for the region's. */
    String profile() {
        return profile;
    }

    /**
     * Builds the validator these options describe.
     *
     * @throws RuleCompilationException if a rule, profile or data file cannot be loaded
     */
    private ContractValidator validator() {
        ContractValidator.Builder builder = ContractValidator.builder();
        if (rules != null) {
            builder.rules(rules);
        }
        additionalRules.forEach(builder::additionalRules);
        if (data != null) {
            builder.referenceData(data);
        }
        return builder.build();
    }

    /**
     * The validator these options describe, with the profile asked for checked; empty when the
     * rules cannot be loaded or the profile is unknown, the problems then printed to {@code err}.
     */
    Optional<ContractValidator> load(PrintWriter err) {
        List<String> missing = missingFolders();
        if (!missing.isEmpty()) {
            missing.forEach(err::println);
            return Optional.empty();
        }
        ContractValidator validator;
        try {
            validator = validator();
        } catch (RuleCompilationException e) {
            print(e, ruleFolders(), err);
            return Optional.empty();
        }
        Optional<String> unknown = unknownProfile(validator);
        unknown.ifPresent(err::println);
        return unknown.isPresent() ? Optional.empty() : Optional.of(validator);
    }

    /** The folders given that are not there, each told as the option that names it. */
    private List<String> missingFolders() {
        List<String> missing = new ArrayList<>();
        if (rules != null && !Files.isDirectory(rules)) {
            missing.add("--rules " + rules + " : ce dossier n'existe pas");
        }
        additionalRules.stream().filter(f -> !Files.isDirectory(f))
                .forEach(f -> missing.add("--additional-rules " + f + " : ce dossier n'existe pas"));
        if (data != null && !Files.isDirectory(data)) {
            missing.add("--data " + data + " : ce dossier n'existe pas");
        } else if (data != null && !Files.isRegularFile(data.resolve(PRS_FILE))) {
            missing.add("--data " + data + " : ce dossier ne contient pas de " + PRS_FILE + " (les données de référence des PRS)");
        }
        return missing;
    }

    /** Why the profile asked for cannot be used by {@code validator}, if it cannot. */
    private Optional<String> unknownProfile(ContractValidator validator) {
        if (profile == null || validator.profiles().containsKey(profile)) {
            return Optional.empty();
        }
        return Optional.of("Profil inconnu : " + profile + " ; les profils sont "
                + String.join(", ", validator.profiles().keySet().stream().sorted().toList()));
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
     * Prints each problem on a line of its own, {@code folder/file.drl:line: rule "…": message},
     * the file resolved against the folder that holds it, so that an editor or a terminal can open
     * it at the line.
     */
    static void print(RuleCompilationException e, List<Path> folders, PrintWriter err) {
        err.println(e.getMessage().lines().findFirst().orElse(""));
        for (RuleProblem problem : e.problems()) {
            String file = folders.stream().map(f -> f.resolve(problem.file())).filter(Files::isRegularFile)
                    .map(Path::toString).findFirst().orElse(problem.file());
            err.println("  " + file + problem.toString().substring(problem.file().length()));
        }
    }
}
