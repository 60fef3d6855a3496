package io.github.cls4j.core.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * The code of a quartier prioritaire de la politique de la ville (QPV).
 *
 * <p>Two generations have their own format:
 *
 * <ul>
 *   <li>{@link GenerationQpv#QPV_2015}: {@code QP}, the department on three characters ({@code
 *       062}, {@code 02A}, {@code 971}) and a three-digit number, e.g. {@code QP062001}
 *       (décrets n° 2014-1750 and 2014-1751 du 30 décembre 2014).
 *   <li>{@link GenerationQpv#QPV_2024}: {@code QN}, the department on three characters, a
 *       two-digit number and a letter ("QNXXXYYZ"; N new, M modified, I unchanged since 2015),
 *       e.g. {@code QN06201M} (décret n° 2023-1314 du 28 décembre 2023; format as published with
 *       the 2024 perimeters on data.gouv.fr). Only the letters N, M and I have a published
 *       meaning; any capital letter is accepted because the list seen was truncated.
 * </ul>
 *
 * <p>The overseas QPV renewed on 1 January 2025 are assumed to use the 2024 format; no source
 * read confirms it.
 *
 * @param value the code as written, possibly malformed
 */
public record CodeQpv(@JsonValue String value) implements Code {

    /** Builds a QPV code from its text, keeping it as written. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CodeQpv {
        // No check here: a malformed code must reach the report.
    }

    /** Shorthand for {@code new CodeQpv(value)}. */
    public static CodeQpv of(String value) {
        return new CodeQpv(value);
    }

    /** The generation whose format the code follows; empty when it follows neither. */
    public Optional<GenerationQpv> generation() {
        // QP, the department on three characters, three digits: QP(?:0<metropolitan>|97[1-8])\d{3}.
        // QN, the department on three characters, two digits, a capital: QN(?:0<metropolitan>|97[1-8])\d{2}[A-Z].
        if (value == null || value.length() != 8 || value.charAt(0) != 'Q' || !departement()) {
            return Optional.empty();
        }
        if (value.charAt(1) == 'P' && DepartementDansUnCode.chiffres(value, 5, 8)) {
            return Optional.of(GenerationQpv.QPV_2015);
        }
        char last = value.charAt(7);
        if (value.charAt(1) == 'N' && DepartementDansUnCode.chiffres(value, 5, 7) && last >= 'A' && last <= 'Z') {
            return Optional.of(GenerationQpv.QPV_2024);
        }
        return Optional.empty();
    }

    /** Whether characters 2 to 4 are a department on three characters: {@code 0} and a metropolitan one, or {@code 971} to {@code 978}. */
    private boolean departement() {
        return value.charAt(2) == '0' ? DepartementDansUnCode.metropolitain(value, 3) : DepartementDansUnCode.outreMer(value, 2);
    }

    @Override
    public boolean isWellFormed() {
        return generation().isPresent();
    }


    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
