package io.github.cls4j.cli.command;

/**
 * What a run of {@code cls} ends with, as its exit code: a script tells a contract with errors from
 * an input that could not be used, and both from a failure of cls itself.
 */
public enum ExitCode {

    /** No finding is an error. */
    OK(0),

    /** At least one finding is an error. */
    FINDINGS(1),

    /** An input could not be used: an unreadable file, bad JSON, rules that do not compile, a bad option. */
    INPUT(2),

    /** A failure of cls itself: a bug, to be reported with the input that caused it. */
    BUG(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** The number the process exits with. */
    public int code() {
        return code;
    }
}
