package io.github.cls4j.cli.report;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.json.ContractFormatException;
import io.github.cls4j.core.json.JsonProblem;
import io.github.cls4j.rules.ValidationReport;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What became of one input: the contract and its report, or why it could not be used.
 *
 * @param source the file as given, or the sample's name
 * @param contrat the contract read, or {@code null} when it could not be read
 * @param report its report, or {@code null} when it could not be read
 * @param error why it could not be used, or {@code null}
 * @param problems where and how a file that is not a contract in the JSON format breaks it;
 *     empty otherwise
 */
public record Outcome(String source, ContratLocalSante contrat, ValidationReport report, String error, List<JsonProblem> problems) {

    /** Requires a report or an error, never both. */
    public Outcome {
        Objects.requireNonNull(source, "source");
        problems = List.copyOf(problems);
        if ((report == null) == (error == null)) {
            throw new IllegalArgumentException("An outcome has a report or an error: " + source);
        }
    }

    /** A contract read and validated. */
    public static Outcome validated(String source, ContratLocalSante contrat, ValidationReport report) {
        return new Outcome(source, Objects.requireNonNull(contrat, "contrat"), report, null, List.of());
    }

    /** An input that could not be used, and why. */
    public static Outcome unusable(String source, String error) {
        return new Outcome(source, null, null, error, List.of());
    }

    /** A file that is not a contract in the JSON format; the error is written in {@code locale}'s language. */
    public static Outcome unreadable(String source, ContractFormatException e, Locale locale) {
        return new Outcome(source, null, null, e.message(locale), e.problems());
    }

    /** Whether the input was validated. */
    public boolean isUsable() {
        return report != null;
    }
}
