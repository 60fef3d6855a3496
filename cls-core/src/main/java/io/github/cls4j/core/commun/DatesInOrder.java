package io.github.cls4j.core.commun;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The end of a {@link Periode} is not before its start. A period with a missing end is valid
 * here: whether an end is required is said where the period is used.
 */
@Documented
@Constraint(validatedBy = DatesInOrderValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface DatesInOrder {

    /** The message template. */
    String message() default "{io.github.cls4j.core.commun.DatesInOrder.message}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload for clients. */
    Class<? extends Payload>[] payload() default {};
}
