package io.github.cls4j.core.commun;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link DatesInOrder}. */
public final class DatesInOrderValidator implements ConstraintValidator<DatesInOrder, Periode> {

    @Override
    public boolean isValid(Periode periode, ConstraintValidatorContext context) {
        return periode == null || periode.debut() == null || periode.fin() == null || periode.estOrdonnee();
    }
}
