package io.github.cls4j.core.json;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * Why an input could not be read at all, before a byte of its JSON was looked at: as a type, so
 * that a host words it in its own language rather than parsing an English message or an exception
 * class. Carried by {@link ContractUnreadableException}.
 */
public enum UnreadableReason {

    /** There is no such file. */
    NOT_FOUND,

    /** The file is there but may not be read: its permissions refuse it. */
    ACCESS_DENIED,

    /** What was given as a file is not a regular file: a folder, a device, a FIFO, a socket. */
    NOT_A_FILE,

    /** Any other input/output failure (a device, a stream that broke); the cause tells which. */
    OTHER;

    /** The reason of {@code e}, as far as its type tells it. */
    static UnreadableReason of(IOException e) {
        if (e instanceof NoSuchFileException) {
            return NOT_FOUND;
        }
        if (e instanceof AccessDeniedException) {
            return ACCESS_DENIED;
        }
        if (e instanceof InputFile.NotARegularFile) {
            return NOT_A_FILE;
        }
        return OTHER;
    }
}
