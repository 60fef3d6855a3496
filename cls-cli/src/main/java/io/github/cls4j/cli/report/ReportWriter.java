package io.github.cls4j.cli.report;

import io.github.cls4j.cli.output.Labels;
import java.io.PrintWriter;
import java.util.List;

/**
 * Writes the outcomes of a validation run in one format, each as it comes: a format that can
 * writes an outcome at once and keeps nothing of it, so that a batch holds one contract at a time.
 */
public interface ReportWriter {

    /** A report being written: its outcomes one at a time, in order, then its end. */
    interface Sink {

        /** Writes, or keeps for the end, {@code outcome}. */
        void add(Outcome outcome);

        /** Ends the report. */
        void end();
    }

    /** Starts a report on {@code out}, with the words of {@code labels}. */
    Sink start(Labels labels, PrintWriter out);

    /** Writes {@code outcomes}, in order, with the words of {@code labels}. */
    default void write(List<Outcome> outcomes, Labels labels, PrintWriter out) {
        Sink sink = start(labels, out);
        outcomes.forEach(sink::add);
        sink.end();
    }
}
