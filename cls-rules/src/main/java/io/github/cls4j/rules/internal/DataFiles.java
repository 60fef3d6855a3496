package io.github.cls4j.rules.internal;

import io.github.cls4j.rules.RuleCompilationException;
import io.github.cls4j.rules.RuleProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON data files that sit beside the rules (references, profiles) and the reference
 * data of a portfolio. They are read strictly, and a bad file is an exception that names the
 * file and line: a {@link RuleCompilationException} for the files of a rule set.
 */
public final class DataFiles {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private DataFiles() {
    }

    /** The bundled resource {@code name}, which must exist. */
    static <T> T resource(String name, TypeReference<T> type) {
        try (InputStream in = DataFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name + " in cls-rules");
            }
            return read(in, name, type);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + name, e);
        }
    }

    /** The file {@code path}, shown as {@code shownAs} in errors. */
    static <T> T file(Path path, String shownAs, TypeReference<T> type) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, shownAs, type);
        } catch (IOException e) {
            throw new RuleCompilationException(shownAs, List.of(new RuleProblem(shownAs, 0, null, "cannot be read: " + e.getMessage())));
        }
    }

    private static <T> T read(InputStream in, String shownAs, TypeReference<T> type) {
        return read(in, type, (line, message) -> new RuleCompilationException(shownAs, List.of(new RuleProblem(shownAs, line, null, message))));
    }

    /** Why a data file cannot be used: its line (0 when unknown) and what is wrong, made into the caller's exception. */
    @FunctionalInterface
    public interface Failure {
        /** The exception to throw for a problem at {@code line}. */
        RuntimeException at(int line, String message);
    }

    /** Reads {@code in} strictly as {@code type}; a malformed document throws what {@code failure} makes. */
    public static <T> T read(InputStream in, TypeReference<T> type, Failure failure) {
        try {
            return MAPPER.readValue(in, type);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            String path = e.getPathReference();
            String message = e.getOriginalMessage().lines().findFirst().orElse("malformed JSON")
                    + (path == null || path.isEmpty() ? "" : " (at " + path + ")");
            throw failure.at(line, message);
        }
    }
}
