package io.github.cls4j.cli.command;

import io.github.cls4j.cli.option.LanguageOption;
import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.samples.SampleContracts;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cls init-rules DIR}: writes a folder of rules to start from: two rules (one with an
 * {@code accumulate}), their messages in French and English, their source, a contract and four
 * test cases that pass and cover both rules. It never writes into a folder that holds anything.
 */
@Command(name = "init-rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Crée un dossier de règles d'exemple : deux règles, leurs messages, leur source, un contrat et leurs cas de test.",
        exitCodeListHeading = "%nCodes de sortie :%n",
        exitCodeList = {"0:le dossier est créé", "2:le dossier existe et n'est pas vide, ou ne peut être écrit"})
final class InitRulesCommand implements Callable<Integer> {

    private static final String TEMPLATE = "/io/github/cls4j/cli/modele/";
    /** The files of the template, as they are named in the folder made. */
    private static final List<String> FILES = List.of("regles.drl", "messages.properties", "messages_en.properties", "references.json",
            "regles.cas.txt", "LISEZMOI.md");
    /** The contract the cases start from: the sample of the CU d'Arras, a signed contract with its fiches action. */
    private static final String CONTRACT = "000-arras-cua.json";

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DOSSIER", description = "Le dossier à créer (ou un dossier vide).")
    private Path folder;

    @Mixin
    private LanguageOption language;

    @Override
    public Integer call() {
        Labels labels = language.labels();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (Files.exists(folder) && (!Files.isDirectory(folder) || holdsAnything(folder))) {
                err.println(labels.get("initRules.notEmpty", folder));
                return ExitCode.INPUT.code();
            }
            Files.createDirectories(folder);
            for (String file : FILES) {
                copy(TEMPLATE + file, folder.resolve(file));
            }
            copy(SampleContracts.FOLDER + CONTRACT, folder.resolve("contrat.json"));
        } catch (IOException | UncheckedIOException e) {
            err.println(labels.get("initRules.cannotWrite", folder, e.getMessage()));
            return ExitCode.INPUT.code();
        }
        spec.commandLine().getOut().println(labels.get("initRules.made", folder, FILES.size() + 1));
        return ExitCode.OK.code();
    }

    private static boolean holdsAnything(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        }
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = InitRulesCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("cls.jar lacks " + resource);
            }
            Files.copy(in, target);
        }
    }
}
