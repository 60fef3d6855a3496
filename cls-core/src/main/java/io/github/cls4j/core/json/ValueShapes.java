package io.github.cls4j.core.json;

import io.github.cls4j.core.code.Code;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import tools.jackson.core.JsonToken;

/**
 * The shapes of values in the words of the format, not of Java: what was found in the text (an
 * object, a text, a whole number...) and what a model type expects there (a date written
 * YYYY-MM-DD, one of the values of an enum, an object with its properties). A person editing a
 * contract file knows no Java type.
 */
final class ValueShapes {

    private ValueShapes() {
    }

    /**
     * What the text holds where the model expects another shape.
     *
     * @param token the token found, {@code null} when Jackson gives none
     * @param message Jackson's message, quoted by the text of a shape without a name of its own
     */
    static LocalizedText found(JsonToken token, String message) {
        String kind = token == null ? "other" : switch (token) {
            case START_OBJECT -> "object";
            case START_ARRAY -> "array";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT -> "wholeNumber";
            case VALUE_NUMBER_FLOAT -> "decimal";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> "other";
        };
        return LocalizedText.of("problem.found." + kind, message);
    }

    /** What a value of the given model type looks like in the format: any value of it when Jackson names no type. */
    static LocalizedText expected(Class<?> type) {
        if (type == null) {
            return LocalizedText.of("expected.formatValue");
        }
        if (type == String.class) {
            return LocalizedText.of("expected.text");
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return LocalizedText.of("expected.wholeNumber");
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return LocalizedText.of("expected.number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return LocalizedText.of("expected.boolean");
        }
        if (type == LocalDate.class) {
            return LocalizedText.of("expected.date");
        }
        if (type.isEnum()) {
            return LocalizedText.of("expected.oneOf", Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", ", "[", "]")));
        }
        if (Collection.class.isAssignableFrom(type)) {
            return LocalizedText.of("expected.array");
        }
        if (Code.class.isAssignableFrom(type)) {
            return LocalizedText.of("expected.code", type.getSimpleName());
        }
        if (type.isRecord()) {
            return LocalizedText.of("expected.object", type.getSimpleName(), Arrays.stream(type.getRecordComponents())
                    .map(c -> c.getName())
                    .collect(Collectors.joining(", ", "[", "]")));
        }
        return LocalizedText.of("expected.valueOfType", type.getSimpleName());
    }
}
