package io.github.cls4j.samples;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.json.ContractJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The bundled sample contracts. They are class-path resources under {@value #FOLDER}, listed in
 * its {@code index.txt} because a folder inside a jar cannot be listed portably.
 */
public final class SampleContracts {

    /** The class-path folder of the samples. */
    public static final String FOLDER = "/io/github/cls4j/samples/contrats/";

    private SampleContracts() {
    }

    /** The file names of the samples, e.g. {@code 000-arras-cua.json}, in order. */
    public static List<String> names() {
        try (InputStream in = open("index.txt");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines().map(String::strip).filter(l -> l.endsWith(".json")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one sample by its file name. */
    public static ContratLocalSante read(String name) {
        try (InputStream in = open(name)) {
            return ContractJson.read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = SampleContracts.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalArgumentException("No bundled sample named " + name + "; the samples are " + FOLDER);
        }
        return in;
    }
}
