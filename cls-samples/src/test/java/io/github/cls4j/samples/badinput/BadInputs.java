package io.github.cls4j.samples.badinput;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bad-input corpus: the files of {@code src/test/resources/bad-input/}, the inputs generated at
 * test time, and the manifest {@code expected.json} that says for each which layer must catch it
 * and what the user gets. The folder's README describes the manifest. Public, in cls-samples'
 * test jar, for the command line's test of the whole corpus (cls-cli).
 */
public final class BadInputs {

    /**
     * The folder of the corpus, in the source tree rather than on the class path: a file deleted
     * there must not live on in {@code target/test-classes}. Tests run in their module's folder, so
     * the path goes through cls-samples' own: it is the same from cls-samples and from cls-cli.
     */
    static final Path FOLDER = Path.of("..", "cls-samples", "src", "test", "resources", "bad-input");
    /** The manifest, in the folder. */
    static final String MANIFEST = "expected.json";
    /** The description of the corpus and its manifest, in the folder. */
    static final String README = "README.md";

    /** The layer that catches a case. */
    public enum Layer {
        /** The reader refuses the file with a {@code ContractFormatException}. */
        READ,
        /** The file reads, and the validator reports findings that its base does not have. */
        VALIDATE,
        /** The file reads, and the validator reports the same findings as for its base. */
        ACCEPTED;

        @JsonCreator
        static Layer of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * The one problem the reader must report.
     *
     * @param line its line, from 1 (0: the document as a whole)
     * @param column its column, from 1 (0: the document as a whole)
     * @param jsonPath where in the document
     * @param problem the key of the text of what is wrong, in {@code problems.properties}
     * @param expected the key of the text of what was expected
     * @param fr the problem as a French user reads it after the file name: {@code line:column: path : problem ; attendu : ...}
     * @param en the same in English
     */
    public record ReadError(int line, int column, String jsonPath, String problem, String expected, String fr, String en) {
    }

    /**
     * One case of the manifest.
     *
     * @param file the file's name, in the folder or, when generated, in the test's temporary folder
     * @param what what is wrong with it
     * @param layer the layer that catches it
     * @param generated how it is generated at test time, for an input too large to commit; {@code null} for a committed file
     * @param base the valid sample it is made from, whose findings the validator's are compared with
     * @param error for {@link Layer#READ}, the problem the reader reports
     * @param findings for {@link Layer#VALIDATE}, the findings its base does not have, as {@code SEVERITY RULE-ID path}
     * @param gone the findings of its base that it does not have
     * @param shortfall where the behaviour falls short of what a user needs, if it does
     */
    public record Case(String file, String what, Layer layer, String generated, String base, ReadError error,
            List<String> findings, List<String> gone, String shortfall) {

        public Case {
            findings = findings == null ? List.of() : List.copyOf(findings);
            gone = gone == null ? List.of() : List.copyOf(gone);
        }

        boolean isGenerated() {
            return generated != null;
        }

        /** The case's file name, which names each run of a parameterised test. */
        @Override
        public String toString() {
            return file;
        }
    }

    /**
     * The manifest.
     *
     * @param asOf the day the contracts are validated as of, so that the findings do not change with the calendar
     * @param cases every case, committed or generated
     */
    public record Manifest(LocalDate asOf, List<Case> cases) {

        public Manifest {
            cases = List.copyOf(cases);
        }
    }

    private static final Manifest MANIFEST_READ = readManifest();

    private BadInputs() {
    }

    /** The manifest, read once. */
    public static Manifest manifest() {
        return MANIFEST_READ;
    }

    /** The cases caught by the given layers, in the order of the manifest. */
    public static List<Case> cases(Layer... layers) {
        List<Layer> wanted = Arrays.asList(layers);
        return MANIFEST_READ.cases().stream().filter(c -> wanted.contains(c.layer())).toList();
    }

    /** The file of a case: in the folder, or generated into {@code generated} (a temporary folder). */
    public static Path path(Case c, Path generated) {
        return c.isGenerated() ? LargeInputs.write(c.file(), generated) : FOLDER.resolve(c.file());
    }

    private static Manifest readManifest() {
        // Strict, as the contract reader is: a misspelt key in the manifest must not be a silently empty expectation.
        JsonMapper mapper = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
        return mapper.readValue(FOLDER.resolve(MANIFEST).toFile(), Manifest.class);
    }
}
