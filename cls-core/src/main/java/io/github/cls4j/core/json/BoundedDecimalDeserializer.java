package io.github.cls4j.core.json;

import io.github.cls4j.core.commun.Decimaux;
import java.math.BigDecimal;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.NumberDeserializers;

/**
 * Reads the model's decimals (targets, measurements, amounts, shares) and refuses one whose
 * magnitude or precision no contract can mean, beyond {@link Decimaux}' range. The length limit of
 * the text does not suffice: {@code 1E+999999999} is twelve characters.
 */
final class BoundedDecimalDeserializer extends NumberDeserializers.BigDecimalDeserializer {

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
        BigDecimal value = super.deserialize(p, ctxt);
        if (!Decimaux.dansLesLimites(value)) {
            throw new InputCoercionException(p, "Numeric value (" + p.getString() + ") out of range of the model's decimals",
                    p.currentToken(), BigDecimal.class);
        }
        return value;
    }
}
