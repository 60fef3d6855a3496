package io.github.cls4j.cli.report;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.json.JsonProblem;
import io.github.cls4j.rules.ValidationReport;
import java.util.List;
import java.util.Objects;

/** What became of one input of {@code cls validate}: its contract validated, or why it could not be used. */
public sealed interface Outcome permits Outcome.Validated, Outcome.Unusable {

    /** The file as given, or the sample's name. */
    String source();

    /**
     * A contract read and validated.
     *
     * @param source the file as given, or the sample's name
     * @param contrat the contract
     * @param report its report
     */
    record Validated(String source, ContratLocalSante contrat, ValidationReport report) implements Outcome {

        /** Requires all three. */
        public Validated {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(contrat, "contrat");
            Objects.requireNonNull(report, "report");
        }
    }

    /**
     * An input that could not be used.
     *
     * @param source the file or folder as given, or the sample's name
     * @param error why, in the report's language, as the error stream shows it
     * @param problems where and how a file that is not a contract in the JSON format breaks it; empty otherwise
     */
    record Unusable(String source, String error, List<JsonProblem> problems) implements Outcome {

        /** Requires the source and the error; copies the problems. */
        public Unusable {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(error, "error");
            problems = List.copyOf(problems);
        }
    }
}
