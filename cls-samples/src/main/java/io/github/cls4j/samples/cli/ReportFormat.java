package io.github.cls4j.samples.cli;

/** The formats of {@code cls validate}. */
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
}
