package io.github.cls4j.samples.badinput;

import io.github.cls4j.samples.SampleContracts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * The inputs of the corpus too large to commit, written at test time from the smallest valid
 * sample, each with one thing wrong: the manifest lists them with {@code "generated"}, and {@link
 * CorpusManifestTest} checks that the two agree and that each is as large as it says.
 */
final class LargeInputs {

    /** The sample they are made from. */
    static final String BASE = "002-hdf-charte-deuxieme-generation.json";

    /** Above 16 MiB, the reader's default limit. */
    static final long LARGE_BYTES = 50L * 1024 * 1024;
    /** Far beyond 64, the reader's default limit, and deep enough to overflow a recursive reader's stack. */
    static final int DEEP_LEVELS = 10_000;
    /** Ten times the reader's default limit on a text. */
    static final int LONG_CHARS = 1_000_000;

    /** Writes one input from the text of the base sample. */
    @FunctionalInterface
    private interface Generator {
        void write(String base, Writer out) throws IOException;
    }

    private static final Map<String, Generator> GENERATORS = Map.of(
            "too-large-50mb.json", LargeInputs::tooLarge,
            "nesting-10000-levels.json", LargeInputs::deep,
            "string-1000000-chars.json", LargeInputs::longText);

    private LargeInputs() {
    }

    /** The names of the generated inputs. */
    static Set<String> names() {
        return GENERATORS.keySet();
    }

    /** Writes the input named {@code name} into {@code folder}, unless it is there already, and gives its path. */
    static Path write(String name, Path folder) {
        Generator generator = GENERATORS.get(name);
        if (generator == null) {
            throw new IllegalArgumentException("No generator for " + name + "; there are " + GENERATORS.keySet());
        }
        Path file = folder.resolve(name);
        if (Files.exists(file)) {
            return file;
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            generator.write(base(), out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base with its list of illustrative facts repeated past 50 MiB: a valid contract, only too large. */
    private static void tooLarge(String base, Writer out) throws IOException {
        String list = "\"faitsIllustratifs\": [\n";
        int at = base.indexOf(list) + list.length();
        String fact = "      \"la communauté d'agglomération, ses codes communes 599xx et son QPV fictifs\",\n";
        out.write(base, 0, at);
        // Counted in characters, each at least one byte in UTF-8: the file is at least as large.
        for (long written = at; written < LARGE_BYTES; written += fact.length()) {
            out.write(fact);
        }
        out.write(base, at, base.length() - at);
    }

    /**
     * The base with an array nested 10,000 levels deep before its version: the reader meets it while
     * it looks for the version. (After the version, the property of the model that receives it
     * refuses the second bracket on its type first.)
     */
    private static void deep(String base, Writer out) throws IOException {
        out.write("{\n  \"annexes\": " + "[".repeat(DEEP_LEVELS) + "]".repeat(DEEP_LEVELS) + ",\n");
        out.write(base, base.indexOf('{') + 2, base.length() - base.indexOf('{') - 2);
    }

    /** The base with a title of a million characters. */
    private static void longText(String base, Writer out) throws IOException {
        String property = "\"intitule\": \"";
        int start = base.indexOf(property) + property.length();
        int end = base.indexOf('"', start);
        out.write(base, 0, start);
        out.write("Charte d'engagement ".repeat(LONG_CHARS / 20 + 1), 0, LONG_CHARS);
        out.write(base, end, base.length() - end);
    }

    private static String base() throws IOException {
        try (InputStream in = LargeInputs.class.getResourceAsStream(SampleContracts.FOLDER + BASE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
