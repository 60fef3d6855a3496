package io.github.cls4j.rules;

/**
 * A reference data file that cannot be used, such as the territorial data of a portfolio: it
 * names the file, the line (0 when the problem is the file as a whole) and what is wrong.
 */
public final class ReferenceDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    /** A problem at {@code line} of {@code file}. */
    public ReferenceDataException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    /** The file, as it was given. */
    public String file() {
        return file;
    }

    /** The line of the problem, from 1; 0 when it concerns the whole file. */
    public int line() {
        return line;
    }
}
