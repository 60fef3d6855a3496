package io.github.cls4j.cli.option;

import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.json.ContractFormatException;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.core.json.ContractUnreadableException;
import io.github.cls4j.samples.SampleContracts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
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

    /** Whether some contract was asked for; if not, says so on {@code err}. */
    public boolean given(Labels labels, PrintWriter err) {
        if (paths.isEmpty() && !samples && !variants && !corpus) {
            err.println(labels.get("inputs.none"));
            return false;
        }
        return true;
    }

    /**
     * The input that a report written to {@code output} would destroy: an input file that is
     * {@code output}, or a folder read whose {@code *.json} files {@code output} would join, so
     * that the next run would read the report as a contract. Empty when none would be.
     */
    public Optional<Path> destroyedBy(Path output) {
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                Path parent = output.toAbsolutePath().normalize().getParent();
                if (parent != null && same(parent, path) && isRead(output)) {
                    return Optional.of(path);
                }
            } else if (same(output, path)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b)
                    : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /** Whether a folder's listing reads {@code file}: its name ends in {@code .json}, whatever the case. */
    private static boolean isRead(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /**
     * Reads every input, in order: samples, variants, the corpus, then the files given, each
     * folder's files by name. An input that cannot be used is one of the values, beside the others.
     */
    public List<InputRead> read() {
        return inputs().stream().map(Supplier::get).toList();
    }

    /**
     * Every input, in the order of {@link #read()}, each read when asked for: a command that
     * reports each contract as it goes holds one at a time. The folders are listed now.
     */
    public List<Supplier<InputRead>> inputs() {
        List<Supplier<InputRead>> inputs = new ArrayList<>();
        if (samples) {
            SampleContracts.seeds().forEach(name -> inputs.add(() -> sample(name, SampleContracts::read)));
        }
        if (variants) {
            SampleContracts.variants().forEach(name -> inputs.add(() -> sample(name, SampleContracts::read)));
        }
        if (corpus) {
            SampleContracts.corpus().forEach(name -> inputs.add(() -> sample(name, SampleContracts::readReal)));
        }
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                inputs.addAll(folder(path));
            } else {
                inputs.add(() -> file(path));
            }
        }
        return inputs;
    }

    /**
     * A bundled sample, read at once by {@code reader}. Only a format error is the input's: a
     * sample missing from the class path is a broken build of cls, left to reach the command as
     * its own failure.
     */
    private static InputRead sample(String name, Function<String, ContratLocalSante> reader) {
        try {
            return new InputRead.Contract(name, reader.apply(name));
        } catch (ContractFormatException e) {
            return new InputRead.Unusable(name, new InputRead.NotAContract(e));
        }
    }

    private static InputRead file(Path file) {
        try {
            return new InputRead.Contract(file.toString(), ContractJson.read(file));
        } catch (ContractFormatException e) {
            return new InputRead.Unusable(file.toString(), new InputRead.NotAContract(e));
        } catch (ContractUnreadableException e) {
            return new InputRead.Unusable(file.toString(), new InputRead.Unreadable(e.reason(), String.valueOf(e.getCause())));
        }
    }

    /** The {@code *.json} files of a folder, by name, whatever the case of their extension; the folder itself when it has none. */
    private static List<Supplier<InputRead>> folder(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            List<Supplier<InputRead>> files = listing
                    .filter(p -> isRead(p) && !Files.isDirectory(p))
                    .sorted().<Supplier<InputRead>>map(file -> () -> file(file)).toList();
            // A folder without contracts is a mistake (a wrong path, files not yet exported), not a success.
            return files.isEmpty() ? List.of(() -> new InputRead.Unusable(folder.toString(), new InputRead.EmptyFolder())) : files;
        } catch (IOException e) {
            // Reported where the folder's files would have been, like any other input that cannot be read.
            return List.of(() -> new InputRead.Unusable(folder.toString(), new InputRead.UnreadableFolder(e.getMessage())));
        }
    }
}
