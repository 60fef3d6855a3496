package io.github.cls4j.cli.report;

import static io.github.cls4j.cli.output.Html.esc;

import io.github.cls4j.cli.output.Html;
import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.core.path.ElementPath;
import io.github.cls4j.rules.Finding;
import io.github.cls4j.rules.LegalReference;
import io.github.cls4j.rules.Severity;
import io.github.cls4j.rules.ValidationReport;
import io.github.cls4j.rules.WaivedFinding;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The report for people: one self-contained HTML page (inline style, no script, nothing fetched)
 * that an ARS officer can read or print on A4. A summary table first, then for each contract its
 * verdict, what to correct (its errors, then its warnings, each naming its element in words), its
 * outline with each finding shown at the element it concerns (a rule's first findings only, when
 * it has many: {@link ShownFindings}), and the source of each rule once.
 *
 * <p>Elements carry their contract path in {@code data-path}, findings their rule, severity and
 * path in {@code data-rule}, {@code data-severity} and {@code data-path}, so that a program (or a
 * test) can find them.
 */
public final class HtmlReport implements ReportWriter {

    private static final String STYLE = """
            table.synthese{width:100%}table.synthese td.nombre,table.synthese th:nth-child(n+4){width:8.5em;text-align:right}
            ul.arbre{list-style:none;padding-left:1.2em;border-left:1px dotted #bbb}
            .element>.titre{font-weight:600}.details{color:#555;font-size:.9em;margin:0}
            ul.constats{margin:.2em 0 .6em;padding-left:1.2em}
            .constat.ERROR{color:#b42318}.constat.WARNING{color:#9a6700}.constat.INFO{color:#0969da}
            .constat code,.chemin{font-size:.85em;color:#555}
            ol.a-corriger{padding-left:1.4em}ol.a-corriger li{margin:.25em 0}.a-corriger .element-nomme{font-weight:600}
            .a-corriger li.ERROR>strong{color:#b42318}.a-corriger li.WARNING>strong{color:#9a6700}
            .chemin{font-family:ui-monospace,monospace;font-size:.78em;color:#777;margin-left:.4em}
            details.pourquoi{color:#333;font-size:.9em}details.pourquoi ul{margin:.2em 0;padding-left:1.2em}
            details.non-appliquees{margin:.6em 0}ul.sources{font-size:.9em}ul.sources a{overflow-wrap:anywhere}
            @media print{article{break-before:page}h2,h3,.titre{break-after:avoid}li.constat,ol.a-corriger li{break-inside:avoid}
            ul.sources a[href]::after{content:" (" attr(href) ")";font-size:.8em;overflow-wrap:anywhere}}
            """;

    /** The page begins with a summary of every input: the outcomes are kept until the end. */
    @Override
    public Sink start(Labels labels, PrintWriter out) {
        List<Outcome> outcomes = new ArrayList<>();
        return new Sink() {
            @Override
            public void add(Outcome outcome) {
                outcomes.add(outcome);
            }

            @Override
            public void end() {
                page(outcomes, labels, out);
            }
        };
    }

    private static void page(List<Outcome> outcomes, Labels labels, PrintWriter out) {
        Html.open(labels.get("html.title"), STYLE + footers(outcomes), labels, out);
        summary(outcomes, labels, out);
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i);
            if (outcome instanceof Outcome.Validated validated) {
                contract(anchor(i), validated, labels, out);
            } else if (outcome instanceof Outcome.Unusable unusable) {
                out.println("<article class=\"inutilisable\" id=\"" + anchor(i) + "\" data-source=\"" + esc(unusable.source()) + "\">"
                        + "<h2>" + esc(unusable.source()) + "</h2><p class=\"verdict inutilisable\">"
                        + esc(labels.get("verdict.unusable")) + "</p><pre class=\"erreur\">" + esc(unusable.error()) + "</pre></article>");
            }
        }
        Html.close(out);
    }

    /**
     * Printed, each contract's pages say its title in their footer: a named page per contract,
     * which Chromium and the other engines of CSS Paged Media print with its margin box.
     */
    private static String footers(List<Outcome> outcomes) {
        StringBuilder css = new StringBuilder();
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) instanceof Outcome.Validated validated) {
                String title = Objects.toString(validated.contrat().intitule(), validated.source());
                css.append('#').append(anchor(i)).append("{page:").append(anchor(i)).append("}@page ").append(anchor(i))
                        .append("{@bottom-left{content:").append(Html.cssString(title)).append("}}\n");
            }
        }
        return css.toString();
    }

    private static void summary(List<Outcome> outcomes, Labels labels, PrintWriter out) {
        out.println("<section id=\"synthese\"><h2>" + esc(labels.get("html.summary")) + "</h2>");
        out.println("<table class=\"synthese\"><thead><tr><th>" + esc(labels.get("html.source")) + "</th><th>"
                + esc(labels.get("html.contract")) + "</th><th>" + esc(labels.get("html.verdict")) + "</th><th>"
                + esc(labels.get("html.errors")) + "</th><th>" + esc(labels.get("html.warnings")) + "</th><th>"
                + esc(labels.get("html.infos")) + "</th></tr></thead><tbody>");
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i);
            // The file's name: its folder, often long and the same for all, is in the title and in each contract's context.
            out.print("<tr data-source=\"" + esc(outcome.source()) + "\"><td><a href=\"#" + anchor(i) + "\" title=\""
                    + esc(outcome.source()) + "\">" + esc(fileName(outcome.source())) + "</a></td>");
            if (outcome instanceof Outcome.Validated validated) {
                ValidationReport r = validated.report();
                out.print("<td>" + esc(Objects.toString(r.contractId(), "")) + "</td>" + verdictCell(r, labels));
                for (Severity severity : Severity.values()) {
                    out.print("<td class=\"nombre " + severity + "\">" + r.count(severity) + "</td>");
                }
            } else {
                out.print("<td></td><td class=\"verdict inutilisable\">" + esc(labels.get("verdict.unusable"))
                        + "</td><td></td><td></td><td></td>");
            }
            out.println("</tr>");
        }
        out.println("</tbody></table></section>");
    }

    private static String verdictCell(ValidationReport r, Labels labels) {
        return "<td class=\"verdict " + (r.isValid() ? "valide" : "non-valide") + "\">"
                + esc(labels.verdict(r)) + "</td>";
    }

    private static void contract(String anchor, Outcome.Validated outcome, Labels labels, PrintWriter out) {
        ValidationReport r = outcome.report();
        out.println("<article class=\"contrat\" id=\"" + anchor + "\" data-source=\"" + esc(outcome.source())
                + "\" data-valid=\"" + r.isValid() + "\">");
        out.println("<h2>" + esc(Objects.toString(outcome.contrat().intitule(), outcome.source())) + "</h2>");
        out.println("<p class=\"contexte\">" + esc(outcome.source()) + " · " + esc(TextReport.context(r, labels)) + "</p>");
        out.println("<p class=\"verdict " + (r.isValid() ? "valide" : "non-valide") + "\">"
                + esc(labels.get("verdict.line", labels.verdict(r), labels.counts(r.counts())))
                + "</p>");
        ContractOutline.Node outline = ContractOutline.of(outcome.contrat(), labels);
        ShownFindings shown = ShownFindings.of(r.findings());
        Map<ElementPath, List<Finding>> placed = ContractOutline.place(outline, shown.shown());
        toCorrect(outline, shown.shown(), placed, labels, out);
        out.println("<h3>" + esc(labels.get("html.outline")) + "</h3>");
        if (!shown.more().isEmpty()) {
            out.println("<ul class=\"plus\">");
            shown.more().forEach((rule, count) -> out.println("<li data-rule=\"" + esc(rule) + "\">" + esc(labels.get("findings.more", count, rule))
                    + "</li>"));
            out.println("</ul>");
        }
        out.println("<ul class=\"arbre racine\">");
        node(outline, placed, labels, out);
        out.println("</ul>");
        if (!r.waived().isEmpty()) {
            out.println("<h3>" + esc(labels.get("html.waived")) + "</h3><ul class=\"leves\">");
            for (WaivedFinding w : r.waived()) {
                out.println("<li class=\"leve\" data-rule=\"" + esc(w.finding().ruleId()) + "\">" + esc(w.finding().ruleId())
                        + " " + esc(w.finding().message()) + " — " + esc(Objects.toString(w.justification(), ""))
                        + (w.effective() ? "" : " — " + esc(labels.get("html.waived.withoutEffect"))) + "</li>");
            }
            out.println("</ul>");
        }
        if (!r.notApplied().isEmpty()) {
            // Folded: the reviewer who asks whether a rule was ever asked opens it; the others read on.
            out.println("<details class=\"non-appliquees\"><summary>" + esc(NotAppliedText.heading(r.notApplied(), labels)) + "</summary><ul>");
            r.notApplied().forEach(n -> out.println("<li class=\"non-appliquee\" data-rule=\"" + esc(n.ruleId()) + "\" data-reason=\""
                    + n.reason() + "\">" + esc(NotAppliedText.line(n, r.profile(), labels)) + "</li>"));
            out.println("</ul></details>");
        }
        sources(r, labels, out);
        out.println("</article>");
    }

    /**
     * What to correct, first: the errors, then the warnings, each in one sentence that names the
     * element it concerns in words, its rule and path kept beside it, small.
     */
    private static void toCorrect(ContractOutline.Node outline, List<Finding> shown, Map<ElementPath, List<Finding>> placed,
            Labels labels, PrintWriter out) {
        Map<Finding, ContractOutline.Node> shownAt = ContractOutline.shownAt(outline, placed);
        List<String> items = new ArrayList<>();
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING)) {
            for (Finding f : shown) {
                if (f.severity() != severity) {
                    continue;
                }
                ContractOutline.Node at = shownAt.get(f);
                String element = at.path().isRoot() ? labels.get("html.contractItself") : at.title();
                items.add("<li class=\"" + severity + "\" data-rule=\"" + esc(f.ruleId()) + "\" data-path=\"" + esc(f.path().toString())
                        + "\"><strong>" + esc(labels.severity(severity)) + "</strong> — <span class=\"element-nomme\">" + esc(element)
                        + "</span> : " + esc(f.message()) + "<span class=\"chemin\">" + esc(f.ruleId())
                        + (f.path().isRoot() ? "" : " · " + esc(f.path().toString())) + "</span></li>");
            }
        }
        out.println("<h3>" + esc(labels.get("html.toCorrect")) + "</h3>");
        if (items.isEmpty()) {
            out.println("<p class=\"rien-a-corriger\">" + esc(labels.get("html.nothingToCorrect")) + "</p>");
        } else {
            out.println("<ol class=\"a-corriger\">");
            items.forEach(out::println);
            out.println("</ol>");
        }
    }

    /** The source of each rule with a finding, once, with its article and its link. */
    private static void sources(ValidationReport r, Labels labels, PrintWriter out) {
        Map<String, LegalReference> byRule = new TreeMap<>();
        r.findings().forEach(f -> byRule.putIfAbsent(f.ruleId(), f.reference()));
        r.waived().forEach(w -> byRule.putIfAbsent(w.finding().ruleId(), w.finding().reference()));
        if (byRule.isEmpty()) {
            return;
        }
        out.println("<h3>" + esc(labels.get("html.sources")) + "</h3><ul class=\"sources\">");
        byRule.forEach((rule, reference) -> {
            String text = esc(reference.title()) + (reference.article() == null ? "" : ", " + esc(labels.get("html.article", reference.article())));
            out.println("<li data-rule=\"" + esc(rule) + "\"><code>" + esc(rule) + "</code> "
                    + (reference.url() == null ? text : "<a href=\"" + esc(reference.url().toString()) + "\">" + text + "</a>") + "</li>");
        });
        out.println("</ul>");
    }

    private static void node(ContractOutline.Node node, Map<ElementPath, List<Finding>> placed, Labels labels, PrintWriter out) {
        out.println("<li class=\"element " + node.kind() + "\" data-path=\"" + esc(node.path().toString()) + "\">"
                + "<span class=\"titre\">" + esc(node.title()) + "</span>");
        for (String detail : node.details()) {
            out.println("<p class=\"details\">" + esc(detail) + "</p>");
        }
        List<Finding> findings = placed.getOrDefault(node.path(), List.of());
        if (!findings.isEmpty()) {
            out.println("<ul class=\"constats\">");
            findings.forEach(f -> finding(f, node.path(), labels, out));
            out.println("</ul>");
        }
        if (!node.children().isEmpty()) {
            out.println("<ul class=\"arbre\">");
            node.children().forEach(child -> node(child, placed, labels, out));
            out.println("</ul>");
        }
        out.println("</li>");
    }

    private static void finding(Finding f, ElementPath at, Labels labels, PrintWriter out) {
        // The finding's own path is shown when it is finer than the element it is shown at.
        String where = f.path().equals(at) ? "" : " <span class=\"chemin\">" + esc(f.path().toString()) + "</span>";
        out.println("<li class=\"constat " + f.severity() + "\" data-rule=\"" + esc(f.ruleId()) + "\" data-severity=\""
                + f.severity() + "\" data-path=\"" + esc(f.path().toString()) + "\"><strong>" + esc(labels.severity(f.severity()))
                + "</strong> <code>" + esc(f.ruleId()) + "</code> " + esc(f.message()) + where + explanation(f, labels) + "</li>");
    }

    /** A finding's explanation, folded under it; nothing when it has none. */
    private static String explanation(Finding f, Labels labels) {
        if (f.explanation() == null) {
            return "";
        }
        List<String> lines = ExplanationText.lines(f.explanation(), labels);
        StringBuilder html = new StringBuilder("<details class=\"pourquoi\"><summary>").append(esc(lines.get(0))).append("</summary><ul>");
        lines.subList(1, lines.size()).forEach(line -> html.append("<li>").append(esc(line)).append("</li>"));
        return html.append("</ul></details>").toString();
    }

    /** The last part of a file's path, {@code 000-arras-cua.json}; the source itself when it has no folder. */
    private static String fileName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(slash + 1);
    }

    private static String anchor(int index) {
        return "contrat-" + (index + 1);
    }
}
