package io.github.cls4j.core.json;

import io.github.cls4j.core.code.Code;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
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

    /** The texts of a limit gone past: what is wrong, and what was expected. */
    private record Limit(String problemKey, String expectedKey) {
    }

    /** Jackson's name of each limit, as its messages begin, e.g. "Document nesting depth (65) exceeds ...". */
    private static final Map<String, Limit> LIMITS = Map.of(
            "Document nesting depth", new Limit("problem.tooDeep", "expected.atMostDepth"),
            "Document length", new Limit("problem.tooLarge", "expected.atMostBytes"),
            "Token count", new Limit("problem.tooManyTokens", "expected.atMostTokens"),
            "Number value length", new Limit("problem.numberTooLong", "expected.atMostDigits"),
            "String value length", new Limit("problem.stringTooLong", "expected.atMostChars"),
            "Name length", new Limit("problem.stringTooLong", "expected.atMostChars"));
    private static final Pattern LIMIT = Pattern.compile(
            "^(" + String.join("|", LIMITS.keySet()) + ") \\(\\d+\\) exceeds the maximum allowed \\((\\d+)");
    /**
     * What Jackson's syntax errors say they were expecting, and the text that says it to a person.
     * The phrases are Jackson 3's, which says "property name" where Jackson 2 said "field name".
     */
    private static final Map<String, String> EXPECTING = Map.of(
            "was expecting comma to separate Object entries", "expected.comma",
            "was expecting comma to separate Array entries", "expected.arrayComma",
            "was expecting double-quote to start property name", "expected.propertyName",
            "was expecting a colon to separate property name and value", "expected.colon",
            "maybe a (non-standard) comment", "expected.noComment",
            "expected a valid value", "expected.value");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate .*property \"(.*)\"");
    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("^Unexpected character \\('(.+?)' \\(code");
    /** A word outside quotes that is not true, false or null, e.g. a line of plain text. */
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("^Unrecognized token '(.+?)'");
    /** A closing bracket that closes nothing, or the wrong thing: group 2 is the one expected. */
    private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)': (?:expected '(.)')?");
    /** The end of the text inside an object or array; Jackson 3 does not always raise its own type for it. */
    private static final String END_OF_INPUT = "Unexpected end-of-input";
    /** "Numeric value (3000000000) out of range of `int` (...)": the value as written. */
    private static final Pattern OUT_OF_RANGE = Pattern.compile("^Numeric value \\((.+?)\\) out of range");

    /** Where a reading stopped: the location of the token and the path to it. */
    private record Stop(TokenStreamLocation location, List<Object> path) {
    }

    private JacksonProblems() {
    }

    /**
     * The problem a Jackson exception reports.
     *
     * @param text the document, to find the location of a problem Jackson reports without one
     */
    static JsonProblem describe(JacksonException e, JsonMapper mapper, String text) {
        List<Object> path = path(e);
        TokenStreamLocation location = e.getLocation();
        if (limit(e).isPresent() && (location == null || location.getLineNr() < 1)) {
            // Jackson reports a limit gone past without a location and, while binding, with the
            // path of the enclosing object only: read the text again to where the limit stops it.
            Optional<Stop> stop = stopAtLimit(mapper, text);
            if (stop.isPresent()) {
                location = stop.get().location();
                path = stop.get().path();
            }
        }
        String jsonPath = jsonPath(path);
        if (location == null || location.getLineNr() < 1) {
            // Properties of records are buffered until the creator runs, so Jackson reports an
            // unknown one without a location: find it in the text.
            location = locate(mapper, text, pointer(path));
        }
        int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
        int column = location == null ? 0 : Math.max(location.getColumnNr(), 0);
        return new JsonProblem(line, column, jsonPath, problem(e), expectation(e));
    }

    private static LocalizedText problem(JacksonException e) {
        String message = firstLine(e.getOriginalMessage());
        Optional<Matcher> limit = limit(e);
        if (limit.isPresent()) {
            return LocalizedText.of(LIMITS.get(limit.get().group(1)).problemKey(), limit.get().group(2));
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return LocalizedText.of("problem.unknownProperty", unknown.getPropertyName());
        }
        if (e instanceof InvalidNullException) {
            return LocalizedText.of("problem.nullNotAllowed");
        }
        if (e instanceof InvalidFormatException format) {
            return LocalizedText.of("problem.invalidValue", format.getValue());
        }
        if (e instanceof MismatchedInputException mismatch) {
            return message.startsWith("Trailing token") ? LocalizedText.of("problem.trailingContent") : found(mismatch);
        }
        if (truncated(e, message)) {
            return LocalizedText.of("problem.truncated");
        }
        if (e instanceof InputCoercionException coercion) {
            Matcher value = OUT_OF_RANGE.matcher(message);
            return LocalizedText.of("problem.numberOutOfRange", value.find() ? value.group(1) : message);
        }
        if (e instanceof StreamReadException) {
            Matcher duplicate = DUPLICATE.matcher(message);
            if (duplicate.find()) {
                return LocalizedText.of("problem.duplicateProperty", duplicate.group(1));
            }
            Matcher unexpected = UNEXPECTED_CHARACTER.matcher(message);
            if (unexpected.find()) {
                return LocalizedText.of("problem.unexpectedCharacter", unexpected.group(1));
            }
            Matcher close = CLOSE_MARKER.matcher(message);
            if (close.find()) {
                return close.group(2) == null
                        ? LocalizedText.of("problem.unmatchedClose", close.group(1))
                        : LocalizedText.of("problem.unexpectedCharacter", close.group(1));
            }
            Matcher word = UNRECOGNIZED_TOKEN.matcher(message);
            if (word.find()) {
                return LocalizedText.of("problem.unrecognizedWord", word.group(1));
            }
            return LocalizedText.of("problem.malformed", message);
        }
        return LocalizedText.of("problem.other", message);
    }

    private static LocalizedText expectation(JacksonException e) {
        Optional<Matcher> limit = limit(e);
        if (limit.isPresent()) {
            return LocalizedText.of(LIMITS.get(limit.get().group(1)).expectedKey(), limit.get().group(2));
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return LocalizedText.of("expected.properties", sorted(unknown.getKnownPropertyIds()));
        }
        if (e instanceof InvalidNullException nul) {
            return expected(nul.getTargetType());
        }
        if (e instanceof InvalidFormatException format) {
            return expected(format.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch) {
            return firstLine(e.getOriginalMessage()).startsWith("Trailing token")
                    ? LocalizedText.of("expected.singleObject") : expected(mismatch.getTargetType());
        }
        if (e instanceof InputCoercionException coercion) {
            return coercion.getTargetType() == Integer.TYPE || coercion.getTargetType() == Integer.class
                    ? LocalizedText.of("expected.numberInRange", Integer.MIN_VALUE, Integer.MAX_VALUE)
                    : LocalizedText.of("expected.number");
        }
        if (e instanceof StreamReadException) {
            String message = firstLine(e.getOriginalMessage());
            if (DUPLICATE.matcher(message).find()) {
                return LocalizedText.of("expected.propertyOnce");
            }
            if (truncated(e, message)) {
                return LocalizedText.of("expected.rest");
            }
            Matcher close = CLOSE_MARKER.matcher(message);
            if (close.find()) {
                return close.group(2) == null
                        ? LocalizedText.of("expected.balanced")
                        : LocalizedText.of("expected.closeMarker", close.group(2));
            }
            if (UNRECOGNIZED_TOKEN.matcher(message).find()) {
                return LocalizedText.of("expected.value");
            }
            return EXPECTING.entrySet().stream().filter(phrase -> message.contains(phrase.getKey())).findFirst()
                    .map(phrase -> LocalizedText.of(phrase.getValue()))
                    .orElse(LocalizedText.of("expected.wellFormedJson"));
        }
        return LocalizedText.of("expected.contract", ContractJson.SCHEMA_VERSION);
    }

    /** Whether the text stops inside an object, an array or a value. */
    private static boolean truncated(JacksonException e, String message) {
        return e instanceof UnexpectedEndOfInputException || message.startsWith(END_OF_INPUT);
    }

    /**
     * The limit of {@link ReadLimits} the input went past, from the message of Jackson's {@link
     * StreamConstraintsException}, which names the limit and its value; the exception may come
     * wrapped by the binding.
     */
    private static Optional<Matcher> limit(JacksonException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException constraint) {
                Matcher m = LIMIT.matcher(String.valueOf(constraint.getOriginalMessage()));
                if (m.find()) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Where a token-by-token reading of the text stops on a limit of the mapper's {@link
     * ReadLimits}; empty if it does not stop on one.
     */
    private static Optional<Stop> stopAtLimit(JsonMapper mapper, String text) {
        try (JsonParser parser = mapper.createParser(text)) {
            try {
                for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                    if (t == JsonToken.VALUE_STRING) {
                        // The parser checks the length of a text when it reads it, not when it passes it.
                        parser.getString();
                    }
                }
            } catch (StreamConstraintsException limit) {
                return Optional.of(new Stop(parser.currentTokenLocation(), path(parser.streamReadContext())));
            }
        } catch (JacksonException unreadable) {
            // Another problem comes first: the binding's own location stands.
        }
        return Optional.empty();
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
    static JsonProblem at(JsonParser parser, String path, LocalizedText problem, LocalizedText expected) {
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
            path.addAll(path(parser.streamReadContext()));
        }
        return path;
    }

    /** The property names and indexes from the root to a parser's position. */
    private static List<Object> path(TokenStreamContext context) {
        List<Object> path = new ArrayList<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.currentName() != null) {
                path.add(0, c.currentName());
            } else if (c.inArray()) {
                path.add(0, Math.max(c.getCurrentIndex(), 0));
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

    private static LocalizedText found(MismatchedInputException e) {
        JsonToken token = e.getCurrentToken();
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
        return LocalizedText.of("problem.found." + kind, firstLine(e.getOriginalMessage()));
    }

    /** What a value of the given model type looks like in the format. */
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

    private static String sorted(Collection<Object> names) {
        return names.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ", "[", "]"));
    }

    private static final Pattern START_MARKER = Pattern.compile("\\s*\\(start marker at \\[Source: .*$");

    private static String firstLine(String message) {
        if (message == null) {
            return LocalizedText.of("problem.unreadable").toString();
        }
        int end = message.indexOf('\n');
        String first = end < 0 ? message : message.substring(0, end);
        // Jackson's "(start marker at [Source: REDACTED …])" repeats, less clearly, the position
        // the problem already gives.
        return START_MARKER.matcher(first).replaceFirst("");
    }
}
