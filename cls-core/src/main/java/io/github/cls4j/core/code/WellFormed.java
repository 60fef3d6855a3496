package io.github.cls4j.core.code;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link Code} follows its format. {@code null} is valid: whether a code is
 * required is said by {@code @NotNull}.
 *
 * <p>The message names the expected format of the kind of code; it is looked up under {@code
 * io.github.cls4j.core.code.WellFormed.<SimpleName>} in {@code ContributorValidationMessages}.
 */
@Documented
@Constraint(validatedBy = WellFormedValidator.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface WellFormed {

    /** The message template; by default the expected format of the kind of code. */
    String message() default "{io.github.cls4j.core.code.WellFormed.message}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload for clients. */
    Class<? extends Payload>[] payload() default {};
}
