package io.github.cls4j.samples.cli;

import io.github.cls4j.core.code.Region;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.Signataire;
import io.github.cls4j.core.json.ContractFormatException;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.core.strategie.AxeStrategique;
import io.github.cls4j.samples.SampleContracts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cls show}: reads contracts and prints their outline, or their JSON as the library
 * writes it. A file that cannot be read is reported with its line, column and path, and the
 * other files are still shown.
 */
@Command(name = "show", description = "Lit des contrats et affiche leur plan (ou leur JSON).")
final class ShowCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Fichiers de contrat, ou dossiers dont chaque *.json est lu.")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--samples", description = "Lit les contrats d'exemple fournis avec cls4j.")
    private boolean samples;

    @Option(names = "--json", description = "Affiche le contrat au format JSON de cls4j au lieu de son plan.")
    private boolean json;

    /** Set when a folder given could not be listed. */
    private boolean missing;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (paths.isEmpty() && !samples) {
            err.println("Aucun contrat : donnez des fichiers ou des dossiers, ou --samples.");
            return ClsCommand.INPUT_ERROR;
        }
        int failures = 0;
        if (samples) {
            for (String name : SampleContracts.names()) {
                print(out, SampleContracts.read(name));
            }
        }
        for (Path file : expand(paths, err)) {
            try {
                print(out, ContractJson.read(file));
            } catch (ContractFormatException | UncheckedIOException e) {
                err.println(e.getMessage());
                failures++;
            }
        }
        return failures == 0 && !missing ? 0 : ClsCommand.INPUT_ERROR;
    }

    /** The files given, with each folder replaced by its {@code *.json} files in name order. */
    private List<Path> expand(List<Path> given, PrintWriter err) {
        List<Path> files = new ArrayList<>();
        for (Path path : given) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
                } catch (IOException e) {
                    err.println("Dossier illisible " + path + " : " + e.getMessage());
                    missing = true;
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private void print(PrintWriter out, ContratLocalSante contrat) {
        if (json) {
            out.print(ContractJson.toJson(contrat));
            return;
        }
        out.println(contrat.id() + " — " + contrat.intitule());
        String region = contrat.region() == null ? "?" : contrat.region().region().map(Region::nom)
                .orElse(contrat.region().value());
        String territoire = contrat.territoire() == null ? "?" : contrat.territoire().nom();
        out.println("  Territoire : " + territoire + " (" + region + ")");
        out.println("  Statut : " + contrat.statut() + ", génération " + Objects.toString(contrat.generation(), "?"));
        if (contrat.periode() != null) {
            out.println("  Période : " + contrat.periode().debut() + " → " + contrat.periode().fin());
        }
        out.println("  Signataires : " + String.join(", ",
                contrat.signataires().stream().filter(Objects::nonNull).map(Signataire::nom).toList()));
        for (AxeStrategique axe : contrat.axes()) {
            if (axe != null) {
                out.println("  Axe " + Objects.toString(axe.code(), "") + " : " + axe.intitule()
                        + " (" + axe.objectifs().size() + " objectif(s))");
            }
        }
        out.println();
    }
}
