package io.github.cls4j.cli.report;

import io.github.cls4j.cli.output.Labels;
import java.io.PrintWriter;
import java.util.List;

/** Writes the outcomes of a validation run in one format. */
public interface ReportWriter {

    /** Writes {@code outcomes}, in order, with the words of {@code labels}. */
    void write(List<Outcome> outcomes, Labels labels, PrintWriter out);
}
