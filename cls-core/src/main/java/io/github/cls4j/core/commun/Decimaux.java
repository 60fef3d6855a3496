package io.github.cls4j.core.commun;

import java.math.BigDecimal;

/**
 * The range of the model's decimals (targets, measurements, amounts, shares): at most
 * {@value #MAX_INTEGER_DIGITS} digits before the point and {@value #MAX_FRACTION_DIGITS} after
 * it, trailing zeros aside. The reader refuses a decimal beyond it; a host that builds a contract
 * in Java may still put one there (constructors never refuse), so every computation on decimals
 * checks it first: {@code 1E+999999999} is a valid {@link BigDecimal}, and adding 1 to it, or
 * printing it, needs a billion digits.
 */
public final class Decimaux {

    /** Digits before the point: a count, an amount in euros or a population of any contract fits. */
    public static final int MAX_INTEGER_DIGITS = 18;
    /** Digits after the point: any share or rate a contract states fits. */
    public static final int MAX_FRACTION_DIGITS = 12;

    private Decimaux() {
    }

    /** Whether {@code value} is within the model's range; {@code null}, which is no value, is. */
    public static boolean dansLesLimites(BigDecimal value) {
        if (value == null) {
            return true;
        }
        // Cheap whatever the exponent: stripping zeros and reading the precision never expands the digits.
        BigDecimal stripped = value.stripTrailingZeros();
        long integerDigits = (long) stripped.precision() - stripped.scale();
        return integerDigits <= MAX_INTEGER_DIGITS && stripped.scale() <= MAX_FRACTION_DIGITS;
    }
}
