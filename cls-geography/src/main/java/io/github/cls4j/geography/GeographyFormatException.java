package io.github.cls4j.geography;

/**
 * A geography file that cannot be used: not there, not readable, or a line that is not in the
 * format. The message names the file and the line.
 */
public final class GeographyFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    /**
     * The file {@code file} cannot be used, at {@code line} (0 for the whole file), because of {@code problem}.
     *
     * @param file the file, as given
     * @param line the line, from 1, or 0
     * @param problem what is wrong, in English
     */
    public GeographyFormatException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    /** The file, as given. */
    public String file() {
        return file;
    }

    /** The line, from 1, or 0 for the whole file. */
    public int line() {
        return line;
    }
}
