package io.github.cls4j.core.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * A contract input that could not be read at all: a missing file, one the permissions refuse, a
 * folder. An {@link UncheckedIOException}, as {@link ContractReader} has always thrown, so that a
 * host catching that is not broken; its message stays in English, for logs, and {@link #reason()}
 * says why as a type, for the host to word it for a person.
 */
public final class ContractUnreadableException extends UncheckedIOException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final UnreadableReason reason;

    /**
     * @param message the English message, naming the source and the reason
     * @param source the file name or description of the input, as given by the caller
     * @param reason why it could not be read
     * @param cause the failure of the input/output
     */
    public ContractUnreadableException(String message, String source, UnreadableReason reason, IOException cause) {
        super(message, cause);
        this.source = Objects.requireNonNull(source, "source");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The file name or description of the input. */
    public String source() {
        return source;
    }

    /** Why the input could not be read. */
    public UnreadableReason reason() {
        return reason;
    }
}
