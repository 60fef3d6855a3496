package io.github.cls4j.core.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A SIREN number, the identifier of a legal entity in the INSEE Sirene register (an EPCI, a
 * commune, an association…).
 *
 * <p>Nine digits whose last one is a Luhn check digit (INSEE, répertoire Sirene).
 *
 * @param value the number as written, possibly malformed
 */
public record Siren(@JsonValue String value) implements Code {

    /** Builds a SIREN from its text, keeping it as written. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Siren {
        // No check here: a malformed SIREN must reach the report.
    }

    /** Shorthand for {@code new Siren(value)}. */
    public static Siren of(String value) {
        return new Siren(value);
    }

    @Override
    public boolean isWellFormed() {
        return value != null && value.length() == 9 && Luhn.isValid(value);
    }


    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
