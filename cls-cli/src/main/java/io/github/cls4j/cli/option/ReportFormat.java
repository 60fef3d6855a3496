package io.github.cls4j.cli.option;

import io.github.cls4j.cli.portfolio.PortfolioHtml;
import io.github.cls4j.cli.portfolio.PortfolioJson;
import io.github.cls4j.cli.portfolio.PortfolioText;
import io.github.cls4j.cli.portfolio.PortfolioWriter;
import io.github.cls4j.cli.report.HtmlReport;
import io.github.cls4j.cli.report.JsonReport;
import io.github.cls4j.cli.report.ReportWriter;
import io.github.cls4j.cli.report.TextReport;

/** The formats of the reports of {@code cls validate} and {@code cls portfolio}. */
public enum ReportFormat {
    /** For a terminal: a block per contract, a line per finding. */
    text,
    /** For programs: an array with one object per contract. */
    json,
    /** For people: one self-contained page to read or print. */
    html;

    /**
     * The writer of this format; {@code colour} applies to text only, and {@code explain} to the text
     * report's list of the rules not applied (the other formats always give it whole).
     */
    public ReportWriter writer(boolean colour, boolean explain) {
        return switch (this) {
            case text -> new TextReport(colour, explain);
            case json -> new JsonReport();
            case html -> new HtmlReport();
        };
    }

    /** The writer of this format for {@code cls portfolio}. */
    public PortfolioWriter portfolioWriter() {
        return switch (this) {
            case text -> new PortfolioText();
            case json -> new PortfolioJson();
            case html -> new PortfolioHtml();
        };
    }
}
