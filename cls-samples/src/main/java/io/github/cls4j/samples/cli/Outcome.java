package io.github.cls4j.samples.cli;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.rules.ValidationReport;
import java.util.Objects;

/**
 * What became of one input: the contract and its report, or why it could not be used.
 *
 * @param source the file as given, or the sample's name
 * @param contrat the contract read, or {@code null} when it could not be read
 * @param report its report, or {@code null} when it could not be read
 * @param error why it could not be used, or {@code null}
 */
record Outcome(String source, ContratLocalSante contrat, ValidationReport report, String error) {

    Outcome {
        Objects.requireNonNull(source, "source");
        if ((report == null) == (error == null)) {
            throw new IllegalArgumentException("An outcome has a report or an error: " + source);
        }
    }

    static Outcome validated(String source, ContratLocalSante contrat, ValidationReport report) {
        return new Outcome(source, Objects.requireNonNull(contrat, "contrat"), report, null);
    }

    static Outcome unusable(String source, String error) {
        return new Outcome(source, null, null, error);
    }

    boolean isUsable() {
        return report != null;
    }
}
