package io.github.cls4j.cli.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine;

/**
 * Where a command writes its report: standard output, coloured on a terminal unless
 * {@code NO_COLOR} is set, or the file of {@code -o}, in UTF-8 and never coloured, written beside
 * it then moved into place. Every write is checked: a report that could not be written is said,
 * never a silent success.
 */
public final class ReportOutput {

    /** Writes a report on {@code out}, in colour if {@code colour}. */
    @FunctionalInterface
    public interface Report {

        /** Writes the report on {@code out}, with colour codes if {@code colour}. */
        void write(PrintWriter out, boolean colour);
    }

    private ReportOutput() {
    }

    /**
     * Writes {@code report} to {@code output}, or to the command's standard output when it is
     * {@code null}; says whether it could, and why not on {@code err} in the words of {@code labels}.
     */
    public static boolean write(CommandLine command, Path output, Report report, Labels labels, PrintWriter err) {
        if (output == null) {
            boolean colour = CommandLine.Help.Ansi.AUTO.enabled() && System.getenv("NO_COLOR") == null;
            PrintWriter out = command.getOut();
            report.write(out, colour);
            // A reader that closes the pipe early (| head) chose to stop reading: the run ends quietly.
            if (out instanceof StandardOutput standard && standard.readerLeft()) {
                return true;
            }
            return written(out, labels.get("output.standardOutput"), labels, err);
        }
        return toFile(output, report, labels, err);
    }

    /**
     * Writes the report to a temporary file beside {@code output}, then moves it into place: a
     * failure half-way (a full disk, a crash) leaves the file that was there whole.
     */
    private static boolean toFile(Path output, Report report, Labels labels, PrintWriter err) {
        Path folder = output.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + output.getFileName(), ".tmp");
            boolean written;
            try (PrintWriter file = new PrintWriter(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8))) {
                report.write(file, false);
                written = written(file, output.toString(), labels, err);
            }
            if (written) {
                move(temporary, output);
            }
            return written;
        } catch (IOException e) {
            err.println(labels.get("output.cannotWrite", output, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return false;
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void move(Path temporary, Path output) throws IOException {
        try {
            Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            // Nothing more to do: the report was written or its failure said; a stray temporary file is harmless.
        }
    }

    /** A PrintWriter swallows its errors: ask it, and say so. */
    private static boolean written(PrintWriter writer, String where, Labels labels, PrintWriter err) {
        if (writer.checkError()) {
            err.println(labels.get("output.notWritten", where));
            return false;
        }
        return true;
    }
}
