package io.github.cls4j.core.json;

import io.github.cls4j.core.code.Code;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns Jackson's exceptions into {@link JsonProblem}s that a person editing the file can act on:
 * where (line, column, JSON path), what is wrong, and what was expected, in the words of the
 * format rather than of Java.
 */
final class JacksonProblems {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate .*property \"(.*)\"");

    private JacksonProblems() {
    }

    /**
     * The problem a Jackson exception reports.
     *
     * @param text the document, to find the location of a problem Jackson reports without one
     */
    static JsonProblem describe(JacksonException e, JsonMapper mapper, String text) {
        List<Object> path = path(e);
        String jsonPath = jsonPath(path);
        TokenStreamLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            // Properties of records are buffered until the creator runs, so Jackson reports an
            // unknown one without a location: find it in the text.
            location = locate(mapper, text, pointer(path));
        }
        int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
        int column = location == null ? 0 : Math.max(location.getColumnNr(), 0);
        String message = firstLine(e.getOriginalMessage());
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new JsonProblem(line, column, jsonPath, "unknown property '" + unknown.getPropertyName() + "'",
                    "one of the properties " + sorted(unknown.getKnownPropertyIds()));
        }
        if (e instanceof InvalidNullException nul) {
            return new JsonProblem(line, column, jsonPath, "null is not allowed here", expected(nul.getTargetType()));
        }
        if (e instanceof InvalidFormatException format) {
            return new JsonProblem(line, column, jsonPath, "invalid value '" + format.getValue() + "'",
                    expected(format.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatch) {
            if (message.startsWith("Trailing token")) {
                return new JsonProblem(line, column, jsonPath, "content after the end of the contract",
                        "a single JSON object");
            }
            return new JsonProblem(line, column, jsonPath, found(mismatch), expected(mismatch.getTargetType()));
        }
        if (e instanceof StreamReadException) {
            Matcher duplicate = DUPLICATE.matcher(message);
            if (duplicate.find()) {
                return new JsonProblem(line, column, jsonPath,
                        "property '" + duplicate.group(1) + "' appears twice", "each property once per object");
            }
            return new JsonProblem(line, column, jsonPath, "malformed JSON: " + message, "well-formed JSON (RFC 8259)");
        }
        return new JsonProblem(line, column, jsonPath, message,
                "a contract in the cls4j JSON format " + ContractJson.SCHEMA_VERSION);
    }

    /** The location of the property or item at {@code pointer}, by reading the text again. */
    private static TokenStreamLocation locate(JsonMapper mapper, String text, String pointer) {
        try (JsonParser parser = mapper.createParser(text)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY
                        && pointer.equals(parser.streamReadContext().pathAsPointer().toString())) {
                    return parser.currentTokenLocation();
                }
            }
        } catch (JacksonException e) {
            // The text cannot be read up to the pointer: the location stays unknown.
        }
        return null;
    }

    /** A problem found by the library itself at the parser's current token. */
    static JsonProblem at(JsonParser parser, String path, String problem, String expected) {
        TokenStreamLocation location = parser.currentTokenLocation();
        return new JsonProblem(Math.max(location.getLineNr(), 1), Math.max(location.getColumnNr(), 1),
                path, problem, expected);
    }

    /**
     * The property names and indexes leading to the problem: from the binding path when there is
     * one, else from the parser's position (syntax errors, duplicated properties).
     */
    private static List<Object> path(JacksonException e) {
        List<Object> path = new ArrayList<>();
        if (!e.getPath().isEmpty()) {
            for (JacksonException.Reference ref : e.getPath()) {
                if (ref.getPropertyName() != null) {
                    path.add(ref.getPropertyName());
                } else if (ref.getIndex() >= 0) {
                    path.add(ref.getIndex());
                }
            }
        } else if (e.processor() instanceof JsonParser parser) {
            for (TokenStreamContext c = parser.streamReadContext(); c != null && !c.inRoot(); c = c.getParent()) {
                if (c.inObject() && c.currentName() != null) {
                    path.add(0, c.currentName());
                } else if (c.inArray()) {
                    path.add(0, Math.max(c.getCurrentIndex(), 0));
                }
            }
        }
        return path;
    }

    /** {@code $.axes[0].intitule} */
    private static String jsonPath(List<Object> path) {
        StringBuilder text = new StringBuilder("$");
        for (Object step : path) {
            text.append(step instanceof Integer i ? "[" + i + "]" : "." + step);
        }
        return text.toString();
    }

    /** {@code /axes/0/intitule} (RFC 6901) */
    private static String pointer(List<Object> path) {
        StringBuilder text = new StringBuilder();
        for (Object step : path) {
            text.append('/').append(String.valueOf(step).replace("~", "~0").replace("/", "~1"));
        }
        return text.toString();
    }

    private static String found(MismatchedInputException e) {
        JsonToken token = e.getCurrentToken();
        if (token == null) {
            return firstLine(e.getOriginalMessage());
        }
        return switch (token) {
            case START_OBJECT -> "found an object";
            case START_ARRAY -> "found an array";
            case VALUE_STRING -> "found a text";
            case VALUE_NUMBER_INT -> "found a whole number";
            case VALUE_NUMBER_FLOAT -> "found a decimal number";
            case VALUE_TRUE, VALUE_FALSE -> "found true or false";
            case VALUE_NULL -> "found null";
            default -> firstLine(e.getOriginalMessage());
        };
    }

    /** What a value of the given model type looks like in the format. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a value of the contract format";
        }
        if (type == String.class) {
            return "a text";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date written YYYY-MM-DD";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Code.class.isAssignableFrom(type)) {
            return "a text (" + type.getSimpleName() + ")";
        }
        if (type.isRecord()) {
            return "an object (" + type.getSimpleName() + ") with the properties " + Arrays.stream(type.getRecordComponents())
                    .map(c -> c.getName())
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        return "a value of type " + type.getSimpleName();
    }

    private static String sorted(Collection<Object> names) {
        return names.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ", "[", "]"));
    }

    private static final Pattern START_MARKER = Pattern.compile("\\s*\\(start marker at \\[Source: .*$");

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int end = message.indexOf('\n');
        String first = end < 0 ? message : message.substring(0, end);
        // Jackson's "(start marker at [Source: REDACTED …])" repeats, less clearly, the position
        // the problem already gives.
        return START_MARKER.matcher(first).replaceFirst("");
    }
}
