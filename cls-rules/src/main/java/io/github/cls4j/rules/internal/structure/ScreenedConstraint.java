package io.github.cls4j.rules.internal.structure;

import io.github.cls4j.core.code.Code;
import io.github.cls4j.core.code.WellFormed;
import io.github.cls4j.core.code.WellFormedValidator;
import jakarta.validation.Constraint;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.valueextraction.Unwrapping;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/**
 * One constraint of the model that {@link ConstraintScreen} evaluates itself, with the meaning
 * Hibernate Validator gives it.
 */
@FunctionalInterface
interface ScreenedConstraint {

    /** Whether {@code value} satisfies the constraint. */
    boolean accepts(Object value);

    /**
     * The constraint of {@code annotation}, a Bean Validation constraint, or empty when it is not
     * screened: a constraint other than those below, in a group other than the default one,
     * composed of other constraints or unwrapping its value.
     */
    static Optional<ScreenedConstraint> ofConstraint(Annotation annotation) {
        boolean plain = attribute(annotation, "groups").length == 0
                && Arrays.stream(attribute(annotation, "payload")).noneMatch(Unwrapping.Unwrap.class::equals)
                && Arrays.stream(annotation.annotationType().getAnnotations()).noneMatch(ScreenedConstraint::isConstraint);
        return plain ? of(annotation) : Optional.empty();
    }

    /** Whether {@code annotation} is a Bean Validation constraint (its type is annotated {@link Constraint}). */
    static boolean isConstraint(Annotation annotation) {
        return annotation.annotationType().isAnnotationPresent(Constraint.class);
    }

    /**
     * The classes an attribute of a constraint holds ({@code groups}, {@code payload}); for a
     * constraint without it, {@code Object}, which no screened constraint declares, so that it is
     * not screened.
     */
    private static Class<?>[] attribute(Annotation annotation, String name) {
        try {
            return (Class<?>[]) annotation.annotationType().getMethod(name).invoke(annotation);
        } catch (ReflectiveOperationException | ClassCastException e) {
            // Every constraint has both by the specification; one without is not screened.
            return new Class<?>[] {Object.class};
        }
    }

    private static Optional<ScreenedConstraint> of(Annotation annotation) {
        if (annotation instanceof NotNull) {
            return Optional.of(value -> value != null);
        }
        if (annotation instanceof NotBlank) {
            // As Hibernate Validator 9's NotBlankValidator: String.isBlank, so U+2003 (em space) is blank too.
            return Optional.of(value -> value instanceof CharSequence text && !text.toString().isBlank());
        }
        if (annotation instanceof WellFormed) {
            return Optional.of(value -> value == null || value instanceof Code code && WellFormedValidator.accepts(code));
        }
        if (annotation instanceof Positive) {
            return Optional.of(value -> {
                Integer sign = signum(value);
                return sign == null ? value == null : sign > 0;
            });
        }
        if (annotation instanceof PositiveOrZero) {
            return Optional.of(value -> {
                Integer sign = signum(value);
                return sign == null ? value == null : sign >= 0;
            });
        }
        if (annotation instanceof DecimalMax max) {
            BigDecimal limit = new BigDecimal(max.value());
            return Optional.of(value -> {
                BigDecimal decimal = decimal(value);
                return decimal == null ? value == null : max.inclusive() ? decimal.compareTo(limit) <= 0 : decimal.compareTo(limit) < 0;
            });
        }
        return Optional.empty();
    }

    /**
     * The sign of an exact number, an integer or a {@link BigDecimal}; {@code null} for {@code null}
     * and for floating-point numbers, which the screen leaves to Hibernate Validator (they have NaN).
     * Without allocating: it runs for every number of every contract.
     */
    private static Integer signum(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return Long.signum(((Number) value).longValue());
        }
        BigDecimal decimal = decimal(value);
        return decimal == null ? null : decimal.signum();
    }

    /** The exact decimal value of an integer or a {@link BigDecimal}; {@code null} as for {@link #signum(Object)}. */
    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        return null;
    }
}
