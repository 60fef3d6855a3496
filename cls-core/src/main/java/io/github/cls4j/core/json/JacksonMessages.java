package io.github.cls4j.core.json;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * What Jackson 3's English messages say, read into this library's terms. Jackson tells which
 * limit was gone past, which property was duplicated or which character was unexpected only in
 * the words of its messages, not in its exception types: every phrase the library depends on
 * stands here, so that a Jackson upgrade that rewords one is fixed in this file alone, and {@code
 * JacksonMessagesTest}, which provokes each message from a real parser, says which.
 */
final class JacksonMessages {

    /**
     * A limit of {@link ReadLimits} gone past.
     *
     * @param problemKey the text of what is wrong
     * @param expectedKey the text of what was expected
     * @param maximum the limit, as Jackson writes it
     */
    record Limit(String problemKey, String expectedKey, String maximum) {
    }

    /**
     * A closing bracket that closes nothing, or the wrong thing.
     *
     * @param found the bracket written
     * @param expected the bracket that would close what is open; {@code null} when nothing is open
     */
    record CloseMarker(String found, String expected) {
    }

    /** The texts of a limit: what is wrong, and what was expected. */
    private record LimitKeys(String problemKey, String expectedKey) {
    }

    /** Jackson's name of each limit, as its messages begin, e.g. "Document nesting depth (65) exceeds ...". */
    private static final Map<String, LimitKeys> LIMITS = Map.of(
            "Document nesting depth", new LimitKeys("problem.tooDeep", "expected.atMostDepth"),
            "Document length", new LimitKeys("problem.tooLarge", "expected.atMostBytes"),
            "Token count", new LimitKeys("problem.tooManyTokens", "expected.atMostTokens"),
            "Number value length", new LimitKeys("problem.numberTooLong", "expected.atMostDigits"),
            "String value length", new LimitKeys("problem.stringTooLong", "expected.atMostChars"),
            "Name length", new LimitKeys("problem.stringTooLong", "expected.atMostChars"));
    private static final Pattern LIMIT = Pattern.compile(
            "^(" + String.join("|", LIMITS.keySet()) + ") \\(\\d+\\) exceeds the maximum allowed \\((\\d+)");
    /**
     * What Jackson's syntax errors say they were expecting, and the text that says it to a person.
     * The phrases are Jackson 3's, which says "property name" where Jackson 2 said "field name".
     * A message holds one of them at most, so their order does not matter.
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
    /** What Jackson binds to an array or value that comes after the document's own. */
    private static final String TRAILING_TOKEN = "Trailing token";
    /**
     * Jackson's "(start marker at [Source: REDACTED …])" repeats, less clearly, the position the
     * problem already gives.
     */
    private static final Pattern START_MARKER = Pattern.compile("\\s*\\(start marker at \\[Source: .*$");

    private JacksonMessages() {
    }

    /**
     * The first line of a Jackson message, without its note on where an object or array started;
     * the text of an unreadable input when there is no message.
     */
    static String firstLine(String message) {
        if (message == null) {
            return LocalizedText.of("problem.unreadable").toString();
        }
        int end = message.indexOf('\n');
        String first = end < 0 ? message : message.substring(0, end);
        return START_MARKER.matcher(first).replaceFirst("");
    }

    /**
     * The limit of {@link ReadLimits} the input went past, from the message of Jackson's {@link
     * StreamConstraintsException}, which names the limit and its value; the exception may come
     * wrapped by the binding.
     */
    static Optional<Limit> limit(JacksonException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException constraint) {
                Matcher m = LIMIT.matcher(String.valueOf(constraint.getOriginalMessage()));
                if (m.find()) {
                    LimitKeys keys = LIMITS.get(m.group(1));
                    return Optional.of(new Limit(keys.problemKey(), keys.expectedKey(), m.group(2)));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the text stops inside an object, an array or a value. */
    static boolean truncated(JacksonException e, String message) {
        return e instanceof UnexpectedEndOfInputException || message.startsWith(END_OF_INPUT);
    }

    /** Whether a binding error says that something follows the document. */
    static boolean trailingToken(String message) {
        return message.startsWith(TRAILING_TOKEN);
    }

    /** The number, as written, of a message that says it is out of the range of its type. */
    static Optional<String> outOfRange(String message) {
        return group(OUT_OF_RANGE, message);
    }

    /** The name of the property a message says is duplicated. */
    static Optional<String> duplicateProperty(String message) {
        return group(DUPLICATE, message);
    }

    /** The character a message says is unexpected. */
    static Optional<String> unexpectedCharacter(String message) {
        return group(UNEXPECTED_CHARACTER, message);
    }

    /** The word outside quotes a message says is not a JSON value. */
    static Optional<String> unrecognizedWord(String message) {
        return group(UNRECOGNIZED_TOKEN, message);
    }

    /** The closing bracket a message says closes nothing, or the wrong thing. */
    static Optional<CloseMarker> closeMarker(String message) {
        Matcher close = CLOSE_MARKER.matcher(message);
        return close.find() ? Optional.of(new CloseMarker(close.group(1), close.group(2))) : Optional.empty();
    }

    /** The key of the text that says what a syntax error's message says Jackson was expecting. */
    static Optional<String> expectation(String message) {
        return EXPECTING.entrySet().stream().filter(phrase -> message.contains(phrase.getKey())).findFirst()
                .map(Map.Entry::getValue);
    }

    private static Optional<String> group(Pattern pattern, String message) {
        Matcher m = pattern.matcher(message);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
