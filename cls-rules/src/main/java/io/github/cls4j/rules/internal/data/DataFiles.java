package io.github.cls4j.rules.internal.data;

import io.github.cls4j.core.json.InputFile;
import io.github.cls4j.core.json.StrictJson;
import io.github.cls4j.rules.RuleCompilationException;
import io.github.cls4j.rules.RuleProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.type.TypeReference;

/**
 * Reads the JSON data files that sit beside the rules (references, profiles, PRS data). They are
 * read strictly ({@link StrictJson}), and a bad file is an exception that names the
 * file and line: a {@link RuleCompilationException} for the files of a rule set.
 */
public final class DataFiles {

    /** The resource folder of the bundled rules and their data. */
    public static final String BUNDLED = "/io/github/cls4j/rules/";
    /**
     * The most a data file beside the rules may hold (prs.json, profiles, references, messages):
     * the PRS of every region hold a few megabytes; a file beyond this is not one of them.
     */
    public static final long MAX_BYTES = 64L << 20;

    private DataFiles() {
    }

    /** The bundled resource {@code name}, which must exist. */
    public static <T> T resource(String name, TypeReference<T> type) {
        try (InputStream in = DataFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name + " in cls-rules");
            }
            return read(in, name, type);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + name, e);
        }
    }

    /** The file {@code path} as {@code files} read it, shown as {@code shownAs} in errors. */
    public static <T> T file(SourceFiles files, Path path, String shownAs, TypeReference<T> type) {
        try (InputStream in = new ByteArrayInputStream(files.bytes(path))) {
            return read(in, shownAs, type);
        } catch (IOException e) {
            throw new RuleCompilationException(shownAs, List.of(new RuleProblem(shownAs, 0, null, "cannot be read: " + InputFile.describe(e))));
        }
    }

    private static <T> T read(InputStream in, String shownAs, TypeReference<T> type) {
        return StrictJson.read(in, type, (line, message) -> new RuleCompilationException(shownAs, List.of(new RuleProblem(shownAs, line, null, message))));
    }
}
