package io.github.cls4j.cli;

/** The formats of the reports of {@code cls validate} and {@code cls portfolio}. */
enum ReportFormat {
    /** For a terminal: a block per contract, a line per finding. */
    text,
    /** For programs: an array with one object per contract. */
    json,
    /** For people: one self-contained page to read or print. */
    html;

    /** The writer of this format; {@code colour} applies to text only. */
    ReportWriter writer(boolean colour) {
        return switch (this) {
            case text -> new TextReport(colour);
            case json -> new JsonReport();
            case html -> new HtmlReport();
        };
    }

    /** The writer of this format for {@code cls portfolio}. */
    PortfolioWriter portfolioWriter() {
        return switch (this) {
            case text -> new PortfolioText();
            case json -> new PortfolioJson();
            case html -> new PortfolioHtml();
        };
    }
}
