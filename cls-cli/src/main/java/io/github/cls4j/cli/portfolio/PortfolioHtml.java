package io.github.cls4j.cli.portfolio;

import static io.github.cls4j.cli.output.Html.esc;

import io.github.cls4j.cli.output.Html;
import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.cli.report.Outcome;
import io.github.cls4j.rules.Severity;
import io.github.cls4j.rules.portfolio.ContractSummary;
import io.github.cls4j.rules.portfolio.Coverage;
import io.github.cls4j.rules.portfolio.IndicatorProgress;
import io.github.cls4j.rules.Finding;
import io.github.cls4j.rules.portfolio.PortfolioReport;
import io.github.cls4j.rules.portfolio.Stade;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The portfolio for people: one self-contained page (inline style and SVG, no script, nothing
 * fetched, no link out of the page: a source's address is printed, not linked). For each region: the coverage as horizontal bars, one per figure, with a line at the
 * region's target; the table of the figures by stage; the portfolio findings; the contracts with
 * their verdicts; and each indicator's progress as a small bar with its expected value marked.
 *
 * <p>Regions carry their code in {@code data-region}, bars their figure and share in
 * {@code data-figure} and {@code data-share}, contracts their id in {@code data-contract}, so that
 * a program (or a test) can find them.
 */
public final class PortfolioHtml implements PortfolioWriter {

    private static final String STYLE = """
            td.nombre{text-align:right}.contexte{color:#555}
            svg text{font-size:12px;fill:#222}
            svg .fond{fill:#eee}svg .part{fill:#0969da}
            svg .cible{stroke:#b42318;stroke-width:2;stroke-dasharray:4 2}svg text.cible{fill:#b42318;stroke:none}
            svg .attendu{stroke:#222;stroke-width:2}
            .trajectoire.REACHED,.trajectoire.ON_TRACK{color:#1a7f37}.trajectoire.BEHIND{color:#9a6700}
            .trajectoire.MISSED{color:#b42318;font-weight:bold}.trajectoire.NO_DATA{color:#555}
            .constat.ERROR{color:#b42318}.constat.WARNING{color:#9a6700}.constat.INFO{color:#0969da}.source{font-size:.85em;color:#555}
            @media print{section.region+section.region{break-before:page}h2,h3{break-after:avoid}tr{break-inside:avoid}
            table.contrats,table.indicateurs{font-size:8pt;table-layout:auto}table.contrats th{font-size:7pt}
            table.contrats td,table.indicateurs td{overflow-wrap:normal}
            table.indicateurs td:first-child{white-space:nowrap}}
            """;

    /** The coverage chart: labels on the left, bars from {@code BAR_X}, {@code BAR_WIDTH} for 100 %. */
    private static final int LABEL_WIDTH = 290;
    private static final int BAR_X = LABEL_WIDTH;
    private static final int BAR_WIDTH = 300;
    private static final int CHART_WIDTH = BAR_X + BAR_WIDTH + 70;
    private static final int ROW = 26;
    private static final int TOP = 18;

    /** An indicator's bar: {@code PROGRESS_WIDTH} for the whole way from baseline to target. */
    private static final int PROGRESS_WIDTH = 120;
    private static final int PROGRESS_HEIGHT = 12;

    @Override
    public void write(PortfolioRun run, Labels labels, PrintWriter out) {
        Html.open(labels.get("portfolio.title"), STYLE, labels, out);
        out.println("<p class=\"contexte donnees\">" + esc(run.data(labels)) + "</p>");
        if (run.reports().isEmpty()) {
            out.println("<p>" + esc(labels.get("portfolio.empty")) + "</p>");
        }
        for (PortfolioReport report : run.reports()) {
            region(report, labels, out);
        }
        if (!run.leftOut().isEmpty() || !run.unusable().isEmpty()) {
            out.println("<section id=\"inutilisables\"><h2>" + esc(labels.get("verdict.unusable")) + "</h2><ul>");
            for (PortfolioRun.LeftOut left : run.leftOut()) {
                out.println("<li class=\"hors-portefeuille\" data-source=\"" + esc(left.source()) + "\">" + esc(left.message(labels)) + "</li>");
            }
            for (Outcome.Unusable outcome : run.unusable()) {
                out.println("<li class=\"inutilisable\" data-source=\"" + esc(outcome.source()) + "\"><pre class=\"erreur\">"
                        + esc(outcome.error()) + "</pre></li>");
            }
            out.println("</ul></section>");
        }
        Html.close(out);
    }

    private static void region(PortfolioReport report, Labels labels, PrintWriter out) {
        Coverage coverage = report.coverage();
        out.println("<section class=\"region\" data-region=\"" + esc(report.region().code()) + "\">");
        out.println("<h2>" + esc(PortfolioText.heading(report, labels)) + "</h2>");
        out.println("<h3>" + esc(labels.get("portfolio.coverage")) + "</h3>");
        List<CoverageRow> rows = CoverageRow.of(coverage);
        chart(rows, coverage.priorityTarget(), labels, out);
        figures(rows, labels, out);
        out.println("<p class=\"cible\">" + esc(PortfolioText.target(coverage, labels)) + "</p>");
        if (!coverage.withoutPopulation().isEmpty()) {
            out.println("<p class=\"sans-population\">" + esc(labels.get("portfolio.withoutPopulation",
                    String.join(", ", coverage.withoutPopulation()))) + "</p>");
        }
        parts("departements", labels.get("portfolio.byDepartement"), PartRow.departements(coverage, labels), labels, out);
        parts("epci", labels.get("portfolio.byEpci"), PartRow.epciReached(coverage, labels), labels, out);
        findings(report.findings(), labels, out);
        contracts(report.contracts(), labels, out);
        for (ContractSummary contract : report.contracts()) {
            indicators(contract, labels, out);
        }
        out.println("</section>");
    }

    /** One horizontal bar per figure, its share of the region, and a dashed line at the target. */
    private static void chart(List<CoverageRow> rows, BigDecimal target, Labels labels, PrintWriter out) {
        int height = TOP + rows.size() * ROW;
        out.println("<svg class=\"couverture\" width=\"" + CHART_WIDTH + "\" height=\"" + height + "\" viewBox=\"0 0 " + CHART_WIDTH
                + " " + height + "\" role=\"img\" aria-label=\"" + esc(labels.get("portfolio.coverage")) + "\">");
        for (int i = 0; i < rows.size(); i++) {
            CoverageRow row = rows.get(i);
            int y = TOP + i * ROW;
            String share = row.share() == null ? "" : row.share().toPlainString();
            out.println("<g class=\"barre\" data-figure=\"" + row.figure() + "\" data-share=\"" + share + "\">"
                    + "<text x=\"0\" y=\"" + (y + 15) + "\">" + esc(labels.get("portfolio.figure." + row.figure())) + "</text>"
                    + "<rect class=\"fond\" x=\"" + BAR_X + "\" y=\"" + (y + 3) + "\" width=\"" + BAR_WIDTH + "\" height=\"16\"/>"
                    + "<rect class=\"part\" x=\"" + BAR_X + "\" y=\"" + (y + 3) + "\" width=\"" + scaled(row.share(), BAR_WIDTH)
                    + "\" height=\"16\"/>"
                    + "<text x=\"" + (BAR_X + BAR_WIDTH + 6) + "\" y=\"" + (y + 15) + "\">" + esc(labels.percent(row.share())) + "</text></g>");
        }
        if (target != null) {
            int x = BAR_X + scaled(target, BAR_WIDTH);
            out.println("<line class=\"cible\" data-target=\"" + target.toPlainString() + "\" x1=\"" + x + "\" y1=\"" + (TOP - 4)
                    + "\" x2=\"" + x + "\" y2=\"" + height + "\"/><text class=\"cible\" x=\"" + x + "\" y=\"" + (TOP - 6)
                    + "\" text-anchor=\"middle\">" + esc(labels.get("portfolio.target.short", labels.percent(target))) + "</text>");
        }
        out.println("</svg>");
    }

    /** The parts of the region ({@code kind}: départements, EPCI), each with its communes and inhabitants covered. */
    private static void parts(String kind, String heading, List<PartRow> rows, Labels labels, PrintWriter out) {
        if (rows.isEmpty()) {
            return;
        }
        out.println("<table class=\"parties\" data-parts=\"" + kind + "\"><thead><tr><th>" + esc(heading) + "</th><th>"
                + esc(labels.get("portfolio.figure.communes")) + "</th><th>" + esc(labels.get("portfolio.figure.inhabitants"))
                + "</th></tr></thead><tbody>");
        for (PartRow row : rows) {
            out.println("<tr data-code=\"" + esc(row.part().code()) + "\"><th>" + esc(row.name()) + "</th><td class=\"nombre\">"
                    + esc(row.communes()) + "</td><td class=\"nombre\">" + esc(row.inhabitants()) + "</td></tr>");
        }
        out.println("</tbody></table>");
    }

    private static void figures(List<CoverageRow> rows, Labels labels, PrintWriter out) {
        StringBuilder head = new StringBuilder("<tr><th>" + esc(labels.get("portfolio.coverage")) + "</th><th>"
                + esc(labels.get("portfolio.overall")) + "</th>");
        for (Stade stade : Stade.values()) {
            head.append("<th>").append(esc(labels.get("stade." + stade.name()))).append("</th>");
        }
        out.println("<table class=\"chiffres\"><thead>" + head + "</tr></thead><tbody>");
        for (CoverageRow row : rows) {
            out.print("<tr data-figure=\"" + row.figure() + "\"><th>" + esc(labels.get("portfolio.figure." + row.figure())) + "</th>"
                    + "<td class=\"nombre\">" + esc(labels.get("portfolio.covered", labels.integer(row.covered()), labels.integer(row.total()),
                    labels.percent(row.share()))) + "</td>");
            for (Stade stade : Stade.values()) {
                out.print("<td class=\"nombre\" data-stage=\"" + stade + "\">" + esc(labels.get("portfolio.stageCovered",
                        labels.integer(row.byStage().get(stade)), labels.percent(row.stageShares().get(stade)))) + "</td>");
            }
            out.println("</tr>");
        }
        out.println("</tbody></table>");
    }

    private static void findings(List<Finding> findings, Labels labels, PrintWriter out) {
        out.println("<h3>" + esc(labels.get("portfolio.findings")) + "</h3>");
        if (findings.isEmpty()) {
            out.println("<p>" + esc(labels.get("portfolio.findings.none")) + "</p>");
            return;
        }
        out.println("<ul class=\"constats\">");
        for (Finding f : findings) {
            // The source's address as text, not a link: the page points to nothing outside itself.
            String source = esc(f.reference().title()) + (f.reference().url() == null ? ""
                    : " <span class=\"url\">" + esc(f.reference().url().toString()) + "</span>");
            out.println("<li class=\"constat " + f.severity() + "\" data-rule=\"" + esc(f.ruleId()) + "\" data-subject=\"" + esc(f.subject().toString())
                    + "\"><strong>" + esc(labels.severity(f.severity())) + "</strong> <code>" + esc(f.ruleId()) + "</code> "
                    + esc(f.message()) + " <span class=\"source\">(" + esc(labels.get("html.reference")) + " " + source + ")</span></li>");
        }
        out.println("</ul>");
    }

    private static void contracts(List<ContractSummary> contracts, Labels labels, PrintWriter out) {
        out.println("<h3>" + esc(labels.get("portfolio.contracts")) + "</h3>");
        out.print("<table class=\"contrats\"><thead><tr>");
        for (String key : List.of("portfolio.contract", "portfolio.stage", "portfolio.verdict", "portfolio.errors", "portfolio.warnings",
                "portfolio.mentalHealth", "portfolio.clsm", "portfolio.coordination", "portfolio.arsShare", "portfolio.evaluations",
                "portfolio.finalEvaluation")) {
            out.print("<th>" + esc(labels.get(key)) + "</th>");
        }
        out.println("</tr></thead><tbody>");
        for (ContractSummary c : contracts) {
            String id = Objects.toString(c.id(), labels.get("unknown"));
            out.println("<tr data-contract=\"" + esc(id) + "\"><td><a href=\"#" + esc(anchor(id)) + "\" title=\""
                    + esc(Objects.toString(c.intitule(), "")) + "\">" + esc(id) + "</a></td>"
                    + "<td>" + esc(PortfolioText.stage(c, labels)) + "</td>"
                    + "<td class=\"verdict " + (c.valid() ? "valide" : "non-valide") + "\">" + esc(PortfolioText.verdict(c, labels)) + "</td>"
                    + "<td class=\"nombre\">" + c.counts().getOrDefault(Severity.ERROR, 0) + "</td>"
                    + "<td class=\"nombre\">" + c.counts().getOrDefault(Severity.WARNING, 0) + "</td>"
                    + "<td>" + esc(labels.yesNo(c.voletSanteMentale())) + "</td><td>" + esc(labels.yesNo(c.clsm())) + "</td>"
                    + "<td>" + esc(labels.yesNo(c.coordination())) + "</td>"
                    + "<td class=\"nombre\">" + esc(c.partArs() == null ? labels.get("none") : labels.get("percent", c.partArs())) + "</td>"
                    + "<td class=\"nombre\">" + c.evaluationsDue() + " / " + c.evaluationsDone() + "</td>"
                    + "<td>" + esc(PortfolioText.finalEvaluation(c, labels)) + "</td></tr>");
        }
        out.println("</tbody></table>");
    }

    private static void indicators(ContractSummary contract, Labels labels, PrintWriter out) {
        String id = Objects.toString(contract.id(), labels.get("unknown"));
        out.println("<article class=\"indicateurs\" id=\"" + esc(anchor(id)) + "\" data-contract=\"" + esc(id) + "\"><h3>"
                + esc(labels.get("portfolio.indicators")) + " — " + esc(id)
                + (contract.intitule() == null ? "" : " — " + esc(contract.intitule())) + "</h3>");
        if (contract.indicators().isEmpty()) {
            out.println("<p>" + esc(labels.get("portfolio.indicators.none")) + "</p></article>");
            return;
        }
        out.print("<table class=\"indicateurs\"><thead><tr>");
        for (String key : List.of("portfolio.code", "portfolio.label", "portfolio.baseline", "portfolio.target", "portfolio.last",
                "portfolio.progress", "portfolio.trajectory")) {
            out.print("<th>" + esc(labels.get(key)) + "</th>");
        }
        out.println("</tr></thead><tbody>");
        for (IndicatorProgress i : contract.indicators()) {
            out.println("<tr class=\"indicateur\" data-path=\"" + esc(i.path().toString()) + "\"><td>" + esc(PortfolioText.code(i)) + "</td>"
                    + "<td>" + esc(Objects.toString(i.label(), "")) + "</td>"
                    + "<td>" + esc(PortfolioText.measure(i.baseline(), labels)) + "</td>"
                    + "<td>" + esc(PortfolioText.target(i.target(), labels)) + "</td>"
                    + "<td>" + esc(PortfolioText.measure(i.lastMeasurement(), labels)) + "</td>"
                    + "<td class=\"progression\">" + progress(i, labels) + "</td>"
                    + "<td class=\"trajectoire " + i.trajectory() + "\">" + esc(PortfolioText.trajectory(i, labels)) + "</td></tr>");
        }
        out.println("</tbody></table></article>");
    }

    /**
     * The progress as a small bar, from the baseline (empty) to the target (full), with a mark at
     * the value expected on the trajectory; the share in words after it.
     */
    private static String progress(IndicatorProgress i, Labels labels) {
        if (i.progress() == null) {
            return esc(labels.get("none"));
        }
        StringBuilder svg = new StringBuilder("<svg class=\"progression\" width=\"" + PROGRESS_WIDTH + "\" height=\"" + PROGRESS_HEIGHT
                + "\" viewBox=\"0 0 " + PROGRESS_WIDTH + " " + PROGRESS_HEIGHT + "\" role=\"img\" aria-label=\""
                + esc(labels.percent(i.progress())) + "\" data-progress=\"" + i.progress().toPlainString() + "\">"
                + "<rect class=\"fond\" width=\"" + PROGRESS_WIDTH + "\" height=\"" + PROGRESS_HEIGHT + "\"/>"
                + "<rect class=\"part\" width=\"" + scaled(i.progress(), PROGRESS_WIDTH) + "\" height=\"" + PROGRESS_HEIGHT + "\"/>");
        BigDecimal expected = expectedShare(i);
        if (expected != null) {
            int x = scaled(expected, PROGRESS_WIDTH);
            svg.append("<line class=\"attendu\" data-expected=\"").append(expected.toPlainString()).append("\" x1=\"").append(x)
                    .append("\" y1=\"0\" x2=\"").append(x).append("\" y2=\"").append(PROGRESS_HEIGHT).append("\"><title>")
                    .append(esc(labels.get("portfolio.expected", labels.decimal(i.expectedValue())))).append("</title></line>");
        }
        return svg.append("</svg> ").append(esc(labels.percent(i.progress()))).toString();
    }

    /**
     * Where the expected value stands on the bar: its share of the way from baseline to target, as
     * the progress is measured. Presentation only; the library judges the trajectory itself.
     */
    private static BigDecimal expectedShare(IndicatorProgress i) {
        if (i.expectedValue() == null || i.baseline() == null || i.baseline().valeur() == null || i.target() == null
                || i.target().valeur() == null) {
            return null;
        }
        BigDecimal span = i.target().valeur().subtract(i.baseline().valeur());
        return span.signum() == 0 ? null : i.expectedValue().subtract(i.baseline().valeur()).divide(span, MathContext.DECIMAL64)
                .setScale(4, RoundingMode.HALF_UP);
    }

    /** {@code share} of {@code width}, held between 0 and the whole: a bar shows no more than the target. */
    private static int scaled(BigDecimal share, int width) {
        if (share == null) {
            return 0;
        }
        double clamped = Math.max(0, Math.min(1, share.doubleValue()));
        return (int) Math.round(clamped * width);
    }

    private static String anchor(String contract) {
        return "indicateurs-" + contract.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    }
}
