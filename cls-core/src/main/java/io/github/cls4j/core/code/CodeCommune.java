package io.github.cls4j.core.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * The INSEE code of a commune (code officiel géographique), not its postal code.
 *
 * <p>Five characters: the department (two digits, or {@code 2A}/{@code 2B} for Corsica since
 * 1976) then the commune's number on three digits; overseas, {@code 97} and the territory's
 * digit (971 Guadeloupe to 976 Mayotte, 975 Saint-Pierre-et-Miquelon, 977 Saint-Barthélemy,
 * 978 Saint-Martin) then two digits (INSEE, Code officiel géographique). Well formed is not the
 * same as existing: the list of communes of a given year is reference data, not a format.
 *
 * @param value the code as written, possibly malformed
 */
public record CodeCommune(@JsonValue String value) implements Code {

    /** Builds a commune code from its text, keeping it as written. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CodeCommune {
        // No check here: a malformed code must reach the report.
    }

    /** Shorthand for {@code new CodeCommune(value)}. */
    public static CodeCommune of(String value) {
        return new CodeCommune(value);
    }

    /**
     * Whether the code is a metropolitan department ({@code 01} to {@code 95}, {@code 2A}, {@code
     * 2B}) and three digits, or an overseas one ({@code 971} to {@code 978}) and two:
     * {@code (?:0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5])\d{3}|97[1-8]\d{2}}.
     */
    @Override
    public boolean isWellFormed() {
        return value != null && value.length() == 5
                && (DepartementDansUnCode.outreMer(value, 0) ? DepartementDansUnCode.chiffres(value, 3, 5)
                        : DepartementDansUnCode.metropolitain(value, 0) && DepartementDansUnCode.chiffres(value, 2, 5));
    }

    /**
     * The department (or overseas territory) of the commune: {@code "62"}, {@code "2A"}, {@code
     * "974"}; empty when the code is malformed.
     */
    public Optional<String> departement() {
        if (!isWellFormed()) {
            return Optional.empty();
        }
        return Optional.of(value.startsWith("97") ? value.substring(0, 3) : value.substring(0, 2));
    }


    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
