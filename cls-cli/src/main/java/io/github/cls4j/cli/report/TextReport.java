package io.github.cls4j.cli.report;

import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.cli.output.TerminalText;
import io.github.cls4j.rules.Finding;
import io.github.cls4j.rules.Severity;
import io.github.cls4j.rules.ValidationReport;
import io.github.cls4j.rules.WaivedFinding;
import io.github.cls4j.samples.ExpectedReport;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;

/**
 * The report for a terminal: for each contract a heading, its context and verdict, then one line
 * per finding, severity, rule id and path in aligned columns, then the message. Colour only when
 * writing to a terminal; an input that could not be used is reported on the error stream by the
 * command, and counted in the total.
 *
 * <p>A rule that reports on thousands of elements shows its first findings only, then one line
 * says how many more there are ({@link ShownFindings}).
 */
public final class TextReport implements ReportWriter {

    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final String RED = "\u001B[31m";
    private static final String YELLOW = "\u001B[33m";
    private static final String CYAN = "\u001B[36m";
    private static final String GREEN = "\u001B[32m";

    private final boolean colour;
    private final boolean explain;

    /**
     * A report coloured for a terminal if {@code colour}; if {@code explain}, each finding's
     * explanation under it and each rule not applied on a line of its own.
     */
    public TextReport(boolean colour, boolean explain) {
        this.colour = colour;
        this.explain = explain;
    }

    @Override
    public Sink start(Labels labels, PrintWriter out) {
        return new Sink() {
            private int inputs;
            private int valid;
            private int invalid;

            @Override
            public void add(Outcome outcome) {
                inputs++;
                if (outcome instanceof Outcome.Validated validated) {
                    contract(validated, labels, out);
                    if (validated.report().isValid()) {
                        valid++;
                    } else {
                        invalid++;
                    }
                }
            }

            @Override
            public void end() {
                if (inputs > 1) {
                    out.println(labels.get("total", inputs, valid, invalid, inputs - valid - invalid));
                }
                out.flush();
            }
        };
    }

    private void contract(Outcome.Validated outcome, Labels labels, PrintWriter out) {
        ValidationReport report = outcome.report();
        // The contract's texts are untrusted: shown, never run by the terminal.
        String title = outcome.contrat().intitule() == null ? "" : " — " + outcome.contrat().intitule();
        out.println(paint(BOLD, TerminalText.safe(outcome.source() + " — " + Objects.toString(report.contractId(), labels.get("unknown")) + title)));
        out.println("  " + context(report, labels));
        String verdict = labels.verdict(report);
        out.println("  " + labels.get("verdict.line", paint(report.isValid() ? GREEN : BOLD + RED, verdict), labels.counts(report.counts())));
        int severityWidth = 0;
        for (Severity severity : Severity.values()) {
            severityWidth = Math.max(severityWidth, labels.severity(severity).length());
        }
        ShownFindings shown = ShownFindings.of(report.findings());
        ContractOutline.Node outline = ContractOutline.of(outcome.contrat(), labels);
        Map<Finding, ContractOutline.Node> shownAt = ContractOutline.shownAt(outline, ContractOutline.place(outline, shown.shown()));
        int ruleWidth = shown.shown().stream().mapToInt(f -> f.ruleId().length()).max().orElse(0);
        int pathWidth = shown.shown().stream().mapToInt(f -> path(f).length()).max().orElse(0);
        for (Finding f : shown.shown()) {
            out.println("  " + paint(colourOf(f.severity()), pad(labels.severity(f.severity()), severityWidth)) + "  "
                    + pad(f.ruleId(), ruleWidth) + "  " + pad(path(f), pathWidth) + "  " + TerminalText.safe(sentence(f, shownAt.get(f), labels)));
            if (f.explanation() != null) {
                // Under the rule id, so that the finding's line stays the one the eye follows.
                String indent = "  " + " ".repeat(severityWidth) + "  ";
                ExplanationText.lines(f.explanation(), labels).forEach(line -> out.println(indent + TerminalText.safe(line)));
            }
        }
        shown.more().forEach((rule, count) -> out.println("  " + labels.get("findings.more", count, rule)));
        for (WaivedFinding w : report.waived()) {
            out.println("  " + TerminalText.safe(labels.get(w.effective() ? "waived" : "waived.withoutEffect", w.finding().ruleId(),
                    path(w.finding()), w.justification())));
        }
        if (!report.notApplied().isEmpty() && explain) {
            out.println("  " + labels.get("notApplied.list", NotAppliedText.heading(report.notApplied(), labels)));
            report.notApplied().forEach(n -> out.println("    " + TerminalText.safe(NotAppliedText.line(n, report.profile(), labels))));
        } else if (!report.notApplied().isEmpty()) {
            out.println("  " + TerminalText.safe(NotAppliedText.summary(report.notApplied(), labels)));
        }
        out.println();
    }

    /**
     * A finding in one sentence: the element it concerns named in words, then its message
     * ({@code Volet santé mentale : Le contrat ne comporte pas…}); the message alone for the
     * contract itself, which its heading names.
     */
    private static String sentence(Finding f, ContractOutline.Node at, Labels labels) {
        return at.path().isRoot() ? f.message() : labels.get("field", at.title(), f.message());
    }

    /** The line of context under a contract's heading. */
    static String context(ValidationReport report, Labels labels) {
        String asOf = report.asOf() == null ? labels.get("context.noAsOf") : labels.get("context.asOf", labels.date(report.asOf()));
        // No day of the law: a concluded contract without any date, or a project checked without an as-of date.
        String law = report.legalDate() == null ? labels.get("context.noLegalDate") : labels.get("context.legalDate", labels.date(report.legalDate()));
        return TerminalText.safe(labels.get("context", report.profile(), asOf, law, report.ruleSetVersion()));
    }

    private static String path(Finding f) {
        return ExpectedReport.path(f.path());
    }

    private static String colourOf(Severity severity) {
        return switch (severity) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> CYAN;
        };
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
