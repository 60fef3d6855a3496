package io.github.cls4j.cli.portfolio;

import io.github.cls4j.cli.output.Labels;
import java.io.PrintWriter;

/** Writes what {@code cls portfolio} measured in one format. */
public interface PortfolioWriter {

    /** Writes {@code run} with the words of {@code labels}. */
    void write(PortfolioRun run, Labels labels, PrintWriter out);
}
