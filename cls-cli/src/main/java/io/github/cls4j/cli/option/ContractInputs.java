package io.github.cls4j.cli.option;

import io.github.cls4j.cli.report.Outcome;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.json.ContractFormatException;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.samples.SampleContracts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The contracts a command reads: files, the {@code *.json} of folders, and the bundled samples.
 * Shared by the commands as a picocli mixin.
 */
public final class ContractInputs {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Fichiers de contrat, ou dossiers dont chaque *.json est lu.")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--samples", description = "Les cinq contrats d'exemple écrits d'après les documents sources.")
    private boolean samples;

    @Option(names = "--variants", description = "Les variantes fautives des contrats d'exemple.")
    private boolean variants;

    @Option(names = "--corpus", description = "Les contrats réels du corpus, encodés d'après des sources publiques.")
    private boolean corpus;

    /**
     * One contract to read.
     *
     * @param name the file as given, or the sample's name
     * @param reader reads it; throws {@link io.github.cls4j.core.json.ContractFormatException} or
     *     {@link UncheckedIOException} when it cannot be used
     */
    public record Input(String name, Supplier<ContratLocalSante> reader) {

        /** Reads the contract. */
        public ContratLocalSante read() {
            return reader.get();
        }

        /** Reads the contract, or tells why it cannot be used, in {@code locale}'s language. */
        public Read tryRead(Locale locale) {
            try {
                return new Read(read(), null);
            } catch (ContractFormatException e) {
                return new Read(null, Outcome.unreadable(name, e, locale));
            } catch (UncheckedIOException e) {
                return new Read(null, Outcome.unusable(name, e.getMessage()));
            }
        }
    }

    /**
     * An input read: its contract, or the outcome that says why it cannot be used.
     *
     * @param contrat the contract, or {@code null}
     * @param failure why there is none, or {@code null}
     */
    public record Read(ContratLocalSante contrat, Outcome failure) {
    }

    /**
     * Whether some contract was asked for; if not, says so on {@code err}.
     */
    public boolean given(PrintWriter err) {
        if (paths.isEmpty() && !samples && !variants && !corpus) {
            err.println("Aucun contrat : donnez des fichiers ou des dossiers, ou --samples.");
            return false;
        }
        return true;
    }

    /** The inputs in order: samples, variants, the corpus, then the files given, each folder's files by name. */
    public List<Input> inputs() {
        List<Input> inputs = new ArrayList<>();
        if (samples) {
            SampleContracts.seeds().forEach(name -> inputs.add(new Input(name, () -> SampleContracts.read(name))));
        }
        if (variants) {
            SampleContracts.variants().forEach(name -> inputs.add(new Input(name, () -> SampleContracts.read(name))));
        }
        if (corpus) {
            SampleContracts.corpus().forEach(name -> inputs.add(new Input(name, () -> SampleContracts.readReal(name))));
        }
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                inputs.addAll(folder(path));
            } else {
                inputs.add(file(path));
            }
        }
        return inputs;
    }

    private static List<Input> folder(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            List<Input> files = listing
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") && !Files.isDirectory(p))
                    .sorted().map(ContractInputs::file).toList();
            // A folder without contracts is a mistake (a wrong path, files not yet exported), not a success.
            return files.isEmpty() ? List.of(unusable(folder, folder + ": aucun fichier *.json dans ce dossier")) : files;
        } catch (IOException e) {
            // Reported where the folder's files would have been, like any other input that cannot be read.
            return List.of(unusable(folder, folder + ": dossier illisible (" + e.getMessage() + ")"));
        }
    }

    /** Why a file cannot be read, in the words of the command line rather than of the JDK. */
    private static String unreadable(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "ce fichier n'existe pas";
        }
        if (e instanceof AccessDeniedException) {
            return "lecture refusée (droits du fichier)";
        }
        return "fichier illisible (" + e + ")";
    }

    /** An input that reports, when read, why it cannot be used. */
    private static Input unusable(Path path, String why) {
        return new Input(path.toString(), () -> {
            throw new UncheckedIOException(why, new IOException(why));
        });
    }

    private static Input file(Path file) {
        return new Input(file.toString(), () -> {
            try {
                return ContractJson.read(file);
            } catch (UncheckedIOException e) {
                throw new UncheckedIOException(file + ": " + unreadable(e.getCause()), e.getCause());
            }
        });
    }
}
