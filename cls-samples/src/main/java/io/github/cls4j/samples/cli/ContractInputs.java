package io.github.cls4j.samples.cli;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.samples.SampleContracts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The contracts a command reads: files, the {@code *.json} of folders, and the bundled samples.
 * Shared by the commands as a picocli mixin.
 */
final class ContractInputs {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Fichiers de contrat, ou dossiers dont chaque *.json est lu.")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--samples", description = "Les cinq contrats d'exemple écrits d'après les documents sources.")
    private boolean samples;

    @Option(names = "--variants", description = "Les variantes fautives des contrats d'exemple.")
    private boolean variants;

    /**
     * One contract to read.
     *
     * @param name the file as given, or the sample's name
     * @param reader reads it; throws {@link io.github.cls4j.core.json.ContractFormatException} or
     *     {@link UncheckedIOException} when it cannot be used
     */
    record Input(String name, Supplier<ContratLocalSante> reader) {

        ContratLocalSante read() {
            return reader.get();
        }
    }

    /** Whether no contract was asked for. */
    boolean isEmpty() {
        return paths.isEmpty() && !samples && !variants;
    }

    /** The inputs in order: samples, variants, then the files given, each folder's files by name. */
    List<Input> inputs() {
        List<Input> inputs = new ArrayList<>();
        if (samples) {
            SampleContracts.seeds().forEach(name -> inputs.add(new Input(name, () -> SampleContracts.read(name))));
        }
        if (variants) {
            SampleContracts.variants().forEach(name -> inputs.add(new Input(name, () -> SampleContracts.read(name))));
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
            return listing.filter(p -> p.getFileName().toString().endsWith(".json") && !Files.isDirectory(p))
                    .sorted().map(ContractInputs::file).toList();
        } catch (IOException e) {
            // Reported where the folder's files would have been, like any other input that cannot be read.
            return List.of(new Input(folder.toString(), () -> {
                throw new UncheckedIOException(folder + ": folder cannot be listed (" + e.getMessage() + ")", e);
            }));
        }
    }

    private static Input file(Path file) {
        return new Input(file.toString(), () -> ContractJson.read(file));
    }
}
