package io.github.cls4j.core.json;

import java.math.BigDecimal;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.NumberDeserializers;

/**
 * Reads the model's decimals (targets, measurements, amounts, shares) and refuses one whose
 * magnitude or precision no contract can mean: more than {@value #MAX_INTEGER_DIGITS} digits
 * before the decimal point or {@value #MAX_FRACTION_DIGITS} after it, trailing zeros aside. The
 * length limit of the text does not suffice: {@code 1E+999999999} is twelve characters, and a
 * report that prints it, or a share computed from it, needs a billion digits.
 */
final class BoundedDecimalDeserializer extends NumberDeserializers.BigDecimalDeserializer {

    /** Digits before the point: a count, an amount in euros or a population of any contract fits. */
    static final int MAX_INTEGER_DIGITS = 18;
    /** Digits after the point: any share or rate a contract states fits. */
    static final int MAX_FRACTION_DIGITS = 12;

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
        BigDecimal value = super.deserialize(p, ctxt);
        if (value != null && !withinBounds(value)) {
            throw new InputCoercionException(p, "Numeric value (" + p.getString() + ") out of range of the model's decimals",
                    p.currentToken(), BigDecimal.class);
        }
        return value;
    }

    /** Whether {@code value} has at most the digits the model uses before and after the point. */
    static boolean withinBounds(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        long integerDigits = (long) stripped.precision() - stripped.scale();
        return integerDigits <= MAX_INTEGER_DIGITS && stripped.scale() <= MAX_FRACTION_DIGITS;
    }
}
