package io.github.cls4j.core.code;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link WellFormed}: the message names the expected format of the kind of code. */
public final class WellFormedValidator implements ConstraintValidator<WellFormed, Code> {

    private static final String DEFAULT_TEMPLATE = "{io.github.cls4j.core.code.WellFormed.message}";

    /**
     * Whether {@code code} satisfies {@link WellFormed}, without a validation context.
     *
     * @param code a code, or {@code null}
     * @return {@code true} for {@code null} or a well-formed code
     */
    public static boolean accepts(Code code) {
        return code == null || code.isWellFormed();
    }

    @Override
    public boolean isValid(Code code, ConstraintValidatorContext context) {
        if (accepts(code)) {
            return true;
        }
        if (DEFAULT_TEMPLATE.equals(context.getDefaultConstraintMessageTemplate())) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(
                            "{io.github.cls4j.core.code.WellFormed." + code.getClass().getSimpleName() + "}")
                    .addConstraintViolation();
        }
        return false;
    }
}
