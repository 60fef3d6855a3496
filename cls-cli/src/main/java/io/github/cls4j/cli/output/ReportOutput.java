package io.github.cls4j.cli.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Where a command writes its report: standard output, coloured on a terminal unless
 * {@code NO_COLOR} is set, or the file of {@code -o}, in UTF-8 and never coloured.
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
            return written(out, labels.get("output.standardOutput"), labels, err);
        }
        try (PrintWriter file = new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
            report.write(file, false);
            return written(file, output.toString(), labels, err);
        } catch (IOException e) {
            err.println(labels.get("output.cannotWrite", output, e.getMessage()));
            return false;
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
