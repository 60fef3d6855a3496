package io.github.cls4j.cli.option;

import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.json.ContractFormatException;
import io.github.cls4j.core.json.JsonProblem;
import io.github.cls4j.core.json.UnreadableReason;
import java.util.List;
import java.util.Objects;

/**
 * What reading one input gave: its contract, or why it cannot be used. {@link ContractInputs} reads
 * every input into one of these at once: a failure is a value from there on, carried to the report
 * beside the contracts, and worded once, by {@link Unusable#message(Labels)}, in the run's language.
 */
public sealed interface InputRead permits InputRead.Contract, InputRead.Unusable {

    /** The file as given, or the sample's name. */
    String name();

    /**
     * An input that is a contract.
     *
     * @param name the file as given, or the sample's name
     * @param contrat the contract read
     */
    record Contract(String name, ContratLocalSante contrat) implements InputRead {

        /** Requires both. */
        public Contract {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(contrat, "contrat");
        }
    }

    /**
     * An input that cannot be used.
     *
     * @param name the file or folder as given, or the sample's name
     * @param reason why, as a type: the words come at the end, in the run's language
     */
    record Unusable(String name, Reason reason) implements InputRead {

        /** Requires both. */
        public Unusable {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(reason, "reason");
        }

        /** Where and how a file that is not a contract in the JSON format breaks it; empty otherwise. */
        public List<JsonProblem> problems() {
            return reason instanceof NotAContract format ? format.error().problems() : List.of();
        }

        /** Why the input cannot be used, on one line per problem, each starting with its name. */
        public String message(Labels labels) {
            if (reason instanceof NotAContract format) {
                return format.error().message(labels.locale());
            }
            if (reason instanceof Unreadable unreadable) {
                return labels.get("input." + unreadable.why().name(), name, unreadable.detail());
            }
            if (reason instanceof UnreadableFolder folder) {
                return labels.get("input.unreadableFolder", name, folder.detail());
            }
            return labels.get("input.emptyFolder", name);
        }
    }

    /** Why an input cannot be used. */
    sealed interface Reason permits NotAContract, Unreadable, EmptyFolder, UnreadableFolder {
    }

    /**
     * A file that is not a contract in the JSON format.
     *
     * @param error the reader's problems, each with its line, column and path, in French and English
     */
    record NotAContract(ContractFormatException error) implements Reason {
    }

    /**
     * A file that could not be read at all.
     *
     * @param why the reader's reason
     * @param detail the failure of the input/output, for a reason that does not tell it all
     */
    record Unreadable(UnreadableReason why, String detail) implements Reason {
    }

    /** A folder without a {@code *.json} file: a wrong path, or files not exported yet, rather than nothing to check. */
    record EmptyFolder() implements Reason {
    }

    /**
     * A folder that could not be listed.
     *
     * @param detail the failure, as the system tells it
     */
    record UnreadableFolder(String detail) implements Reason {
    }
}
