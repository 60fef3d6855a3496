package io.github.cls4j.core.json;

import static io.github.cls4j.core.json.LocalizedText.of;

import io.github.cls4j.core.commun.Decimaux;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * What a Jackson exception says is wrong, and what was expected instead. {@link #classify} tells
 * each kind of exception once and gives both texts together: a new kind of exception, or a
 * message Jackson rewords, is handled in one place rather than in a ladder for the problem and a
 * ladder for the expectation that must agree case by case.
 *
 * @param kind which kind of fault it is
 * @param problem what is wrong
 * @param expected what was expected instead
 */
record JacksonFault(Kind kind, LocalizedText problem, LocalizedText expected) {

    /**
     * The kinds of fault, in the order {@link #classify} tells them: Jackson's exception types
     * are nested (an unknown property is a mismatched input) and a limit may come wrapped in
     * another, so the first that applies is the one.
     */
    enum Kind {
        /** A limit of {@link ReadLimits} gone past; Jackson says where only in part. */
        LIMIT,
        /** A property the model does not have. */
        UNKNOWN_PROPERTY,
        /** A {@code null} where the model takes none, e.g. inside a list. */
        NULL_NOT_ALLOWED,
        /** A value the model's type cannot take, e.g. the date 2023-02-30 or an unknown enum value. */
        INVALID_VALUE,
        /** A value of another shape than the model's, e.g. a text for a number. */
        WRONG_SHAPE,
        /** Something after the end of the contract. */
        TRAILING_CONTENT,
        /** The text stops inside an object, an array or a value. */
        TRUNCATED,
        /** A whole number beyond the range of the model's type. */
        NUMBER_OUT_OF_RANGE,
        /** A property written twice in one object. */
        DUPLICATE_PROPERTY,
        /** A closing bracket that closes nothing, or the wrong thing. */
        CLOSE_MARKER,
        /** A word outside quotes that is not {@code true}, {@code false} or {@code null}. */
        UNRECOGNIZED_WORD,
        /** Another syntax error: an unexpected character, a missing comma or colon, a comment. */
        SYNTAX,
        /** Anything else: the message as Jackson gives it. */
        OTHER
    }

    /** The fault a Jackson exception reports. */
    static JacksonFault classify(JacksonException e) {
        String message = JacksonMessages.firstLine(e.getOriginalMessage());
        Optional<JacksonMessages.Limit> limit = JacksonMessages.limit(e);
        if (limit.isPresent()) {
            JacksonMessages.Limit l = limit.get();
            return new JacksonFault(Kind.LIMIT, of(l.problemKey(), l.maximum()), of(l.expectedKey(), l.maximum()));
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new JacksonFault(Kind.UNKNOWN_PROPERTY, of("problem.unknownProperty", unknown.getPropertyName()),
                    of("expected.properties", sorted(unknown.getKnownPropertyIds())));
        }
        if (e instanceof InvalidNullException nul) {
            return new JacksonFault(Kind.NULL_NOT_ALLOWED, of("problem.nullNotAllowed"),
                    ValueShapes.expected(nul.getTargetType()));
        }
        if (e instanceof InvalidFormatException format) {
            return new JacksonFault(Kind.INVALID_VALUE, of("problem.invalidValue", format.getValue()),
                    ValueShapes.expected(format.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatch) {
            return JacksonMessages.trailingToken(message)
                    ? new JacksonFault(Kind.TRAILING_CONTENT, of("problem.trailingContent"), of("expected.singleObject"))
                    : new JacksonFault(Kind.WRONG_SHAPE, ValueShapes.found(mismatch.getCurrentToken(), message),
                            ValueShapes.expected(mismatch.getTargetType()));
        }
        if (JacksonMessages.truncated(e, message)) {
            return new JacksonFault(Kind.TRUNCATED, of("problem.truncated"), of("expected.rest"));
        }
        if (e instanceof InputCoercionException coercion) {
            Class<?> target = coercion.getTargetType();
            return new JacksonFault(Kind.NUMBER_OUT_OF_RANGE,
                    of("problem.numberOutOfRange", JacksonMessages.outOfRange(message).orElse(message)),
                    target == Integer.TYPE || target == Integer.class
                            ? of("expected.numberInRange", Integer.MIN_VALUE, Integer.MAX_VALUE)
                            : target == java.math.BigDecimal.class
                                    ? of("expected.decimalInRange", Decimaux.MAX_INTEGER_DIGITS,
                                            Decimaux.MAX_FRACTION_DIGITS)
                                    : of("expected.number"));
        }
        if (e instanceof StreamReadException) {
            return syntax(message);
        }
        return new JacksonFault(Kind.OTHER, of("problem.other", message), of("expected.contract", ContractJson.SCHEMA_VERSION));
    }

    /**
     * A fault of the text itself, which Jackson's type does not tell apart: its message does. The
     * other phrases are anchored at the start of the message and begin differently, so only the
     * duplicate, found anywhere in it, must come first.
     */
    private static JacksonFault syntax(String message) {
        Optional<String> duplicate = JacksonMessages.duplicateProperty(message);
        if (duplicate.isPresent()) {
            return new JacksonFault(Kind.DUPLICATE_PROPERTY, of("problem.duplicateProperty", duplicate.get()),
                    of("expected.propertyOnce"));
        }
        Optional<JacksonMessages.CloseMarker> close = JacksonMessages.closeMarker(message);
        if (close.isPresent()) {
            String found = close.get().found();
            String expected = close.get().expected();
            return expected == null
                    ? new JacksonFault(Kind.CLOSE_MARKER, of("problem.unmatchedClose", found), of("expected.balanced"))
                    : new JacksonFault(Kind.CLOSE_MARKER, of("problem.unexpectedCharacter", found),
                            of("expected.closeMarker", expected));
        }
        Optional<String> word = JacksonMessages.unrecognizedWord(message);
        if (word.isPresent()) {
            return new JacksonFault(Kind.UNRECOGNIZED_WORD, of("problem.unrecognizedWord", word.get()), of("expected.value"));
        }
        LocalizedText problem = JacksonMessages.unexpectedCharacter(message)
                .map(character -> of("problem.unexpectedCharacter", character))
                .orElse(of("problem.malformed", message));
        return new JacksonFault(Kind.SYNTAX, problem,
                JacksonMessages.expectation(message).map(key -> of(key)).orElse(of("expected.wellFormedJson")));
    }

    private static String sorted(Collection<Object> names) {
        return names.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ", "[", "]"));
    }
}
