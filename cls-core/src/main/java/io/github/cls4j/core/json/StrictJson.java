package io.github.cls4j.core.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.io.InputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The strict reading of the JSON files cls4j reads beside contracts: reference data, profiles,
 * references. An unknown property, a property given twice, a {@code null} for a number or trailing
 * content is an error,
 * never silently dropped, and the error gives its line, so that a mistake in a data file is found
 * where it was made. (Contracts have their own reader, {@link ContractReader}, whose problems also
 * give the column and the JSON path in French and English.)
 */
public final class StrictJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            // A key given twice is refused, as in a contract: the last one must not win in silence.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // A null in a list ({"projets": [null]}) is a mistake of the file, said with its line.
            .changeDefaultNullHandling(h -> JsonSetter.Value.forContentNulls(Nulls.FAIL))
            .addModule(ReflectiveCreators.module())
            .build();

    private StrictJson() {
    }

    /** Why a data file cannot be used: its line (0 when unknown) and what is wrong, made into the caller's exception. */
    @FunctionalInterface
    public interface Failure {
        /**
         * The exception to throw for a problem at {@code line}.
         *
         * @param line the line of the problem, from 1, or 0 when unknown
         * @param message what is wrong, in English, with the JSON path when there is one
         * @return the exception the caller throws
         */
        RuntimeException at(int line, String message);
    }

    /**
     * Reads {@code in} strictly as {@code type}.
     *
     * @param <T> the type read
     * @param in the document, which the caller closes
     * @param type the type to read
     * @param failure what to throw for a malformed document
     * @return the document as {@code type}
     */
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
