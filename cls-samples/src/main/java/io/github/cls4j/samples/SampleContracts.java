package io.github.cls4j.samples;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.json.ContractJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The bundled sample contracts. They are class-path resources under {@value #FOLDER}, listed in
 * its {@code index.txt} because a folder inside a jar cannot be listed portably.
 *
 * <p>A <em>seed</em> is written from one of the source documents; a <em>variant</em> of it,
 * named {@code seed--what-it-breaks.json}, breaks rules a reader of that seed would expect. Each
 * sample has its expected report beside it, {@code NAME.attendu.txt} (see {@link ExpectedReport}).
 *
 * <p>The <em>corpus</em>, under {@value #CORPUS}, holds real contracts encoded from public sources
 * (press releases, contracts published by their signatories), each with its provenance and its
 * expected report: they show what cls4j says of contracts as they are signed.
 */
public final class SampleContracts {

    /** The class-path folder of the samples. */
    public static final String FOLDER = "/io/github/cls4j/samples/contrats/";

    /** The class-path folder of the real contracts. */
    public static final String CORPUS = "/io/github/cls4j/samples/corpus/";

    /** The day the expected reports are made for. */
    public static final LocalDate EXPECTED_AS_OF = LocalDate.of(2026, 11, 23);

    /** What separates a seed's name from the part that says what its variant breaks. */
    private static final String VARIANT_MARK = "--";
    private static final String JSON = ".json";

    private SampleContracts() {
    }

    /** The file names of every sample, e.g. {@code 000-arras-cua.json}, each seed before its variants. */
    public static List<String> names() {
        return index(FOLDER);
    }

    /** The file names of the real contracts of the corpus, e.g. {@code 84-lyon-2023.json}, in order. */
    public static List<String> corpus() {
        return index(CORPUS);
    }

    /** The file names of the seeds, in order. */
    public static List<String> seeds() {
        return names().stream().filter(n -> !isVariant(n)).toList();
    }

    /** The file names of the variants, in order. */
    public static List<String> variants() {
        return names().stream().filter(SampleContracts::isVariant).toList();
    }

    /** Whether {@code name} is the name of a variant. */
    public static boolean isVariant(String name) {
        return name.contains(VARIANT_MARK);
    }

    /** The seed a sample comes from: itself for a seed. */
    public static String seedOf(String name) {
        return isVariant(name) ? name.substring(0, name.indexOf(VARIANT_MARK)) + JSON : name;
    }

    /** Reads one sample by its file name. */
    public static ContratLocalSante read(String name) {
        return read(FOLDER, name);
    }

    /** Reads one real contract of the corpus by its file name. */
    public static ContratLocalSante readReal(String name) {
        return read(CORPUS, name);
    }

    /** The file name of the expected report of a sample, e.g. {@code 000-arras-cua.attendu.txt}. */
    public static String expectedReportName(String name) {
        return name.substring(0, name.length() - JSON.length()) + ".attendu.txt";
    }

    /** The expected report of a sample, as written beside it. */
    public static ExpectedReport expectedReport(String name) {
        return ExpectedReport.parse(String.join("\n", lines(open(FOLDER, expectedReportName(name)))));
    }

    /** The expected report of a real contract of the corpus, as written beside it. */
    public static ExpectedReport expectedRealReport(String name) {
        return ExpectedReport.parse(String.join("\n", lines(open(CORPUS, expectedReportName(name)))));
    }

    private static List<String> index(String folder) {
        return lines(open(folder, "index.txt")).stream().filter(l -> !l.startsWith("#") && l.endsWith(JSON)).toList();
    }

    private static ContratLocalSante read(String folder, String name) {
        try (InputStream in = open(folder, name)) {
            return ContractJson.read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(InputStream resource) {
        try (InputStream in = resource;
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String folder, String name) {
        InputStream in = SampleContracts.class.getResourceAsStream(folder + name);
        if (in == null) {
            throw new IllegalArgumentException("No bundled sample file named " + name + " in " + folder);
        }
        return in;
    }
}
