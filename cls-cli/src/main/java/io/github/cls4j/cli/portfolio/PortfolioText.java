package io.github.cls4j.cli.portfolio;

import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.cli.output.TextTable;
import io.github.cls4j.cli.report.Outcome;
import io.github.cls4j.core.strategie.Cible;
import io.github.cls4j.core.strategie.Mesure;
import io.github.cls4j.rules.Severity;
import io.github.cls4j.rules.portfolio.ContractSummary;
import io.github.cls4j.rules.portfolio.Coverage;
import io.github.cls4j.rules.portfolio.IndicatorProgress;
import io.github.cls4j.rules.Finding;
import io.github.cls4j.rules.portfolio.PortfolioReport;
import io.github.cls4j.rules.portfolio.Stade;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The portfolio for a terminal: for each region a heading, the data used, the coverage table
 * (overall, then each stage) and the target, the portfolio findings, the table of contracts, then
 * each contract's indicators; aligned columns throughout.
 */
public final class PortfolioText implements PortfolioWriter {

    private static final String INDENT = "  ";

    @Override
    public void write(PortfolioRun run, Labels labels, PrintWriter out) {
        for (PortfolioReport report : run.reports()) {
            region(report, run, labels, out);
        }
        if (run.reports().isEmpty()) {
            out.println(labels.get("portfolio.empty"));
        }
        for (PortfolioRun.LeftOut left : run.leftOut()) {
            out.println(left.message(labels));
        }
        for (Outcome.Unusable outcome : run.unusable()) {
            out.println(labels.get("portfolio.unusable", outcome.source()));
        }
        out.flush();
    }

    private static void region(PortfolioReport report, PortfolioRun run, Labels labels, PrintWriter out) {
        Coverage coverage = report.coverage();
        out.println(heading(report, labels));
        out.println(INDENT + run.data(labels));
        out.println();
        coverage(coverage, labels, out);
        out.println();
        findings(report.findings(), labels, out);
        out.println();
        out.println(INDENT + labels.get("portfolio.contracts"));
        contracts(report.contracts(), labels).print(INDENT + INDENT, out);
        out.println();
        out.println(INDENT + labels.get("portfolio.indicators"));
        for (ContractSummary contract : report.contracts()) {
            out.println(INDENT + INDENT + contract.id() + (contract.intitule() == null ? "" : " — " + contract.intitule()));
            if (contract.indicators().isEmpty()) {
                out.println(INDENT + INDENT + INDENT + labels.get("portfolio.indicators.none"));
            } else {
                indicators(contract.indicators(), labels).print(INDENT + INDENT + INDENT, out);
            }
        }
        out.println();
    }

    /** The heading of a region, as the HTML report titles it too. */
    static String heading(PortfolioReport report, Labels labels) {
        List<String> withoutTerritory = report.coverage().withoutTerritory();
        return labels.get("portfolio.heading", report.region().nom(), report.region().code(), labels.date(report.asOf()),
                report.contracts().size(), report.coverage().contracts(),
                withoutTerritory.isEmpty() ? "" : labels.get("portfolio.withoutTerritory", String.join(", ", withoutTerritory)));
    }

    private static void coverage(Coverage coverage, Labels labels, PrintWriter out) {
        TextTable table = new TextTable();
        List<String> header = new ArrayList<>(List.of(labels.get("portfolio.coverage"), labels.get("portfolio.overall")));
        for (Stade stade : Stade.values()) {
            header.add(labels.get("stade." + stade.name()));
        }
        table.row(header.toArray(String[]::new));
        for (CoverageRow row : CoverageRow.of(coverage)) {
            List<String> cells = new ArrayList<>(List.of(labels.get("portfolio.figure." + row.figure()),
                    labels.get("portfolio.covered", labels.integer(row.covered()), labels.integer(row.total()), labels.percent(row.share()))));
            for (Stade stade : Stade.values()) {
                cells.add(labels.get("portfolio.stageCovered", labels.integer(row.byStage().get(stade)),
                        labels.percent(row.stageShares().get(stade))));
            }
            table.row(cells.toArray(String[]::new));
        }
        table.print(INDENT, out);
        out.println(INDENT + target(coverage, labels));
        if (!coverage.withoutPopulation().isEmpty()) {
            out.println(INDENT + labels.get("portfolio.withoutPopulation", String.join(", ", coverage.withoutPopulation())));
        }
        parts(labels.get("portfolio.byDepartement"), PartRow.departements(coverage, labels), labels, out);
        parts(labels.get("portfolio.byEpci"), PartRow.epciReached(coverage, labels), labels, out);
    }

    /** A table of the parts of a region, each with its communes and inhabitants covered; nothing when there is none. */
    private static void parts(String heading, List<PartRow> rows, Labels labels, PrintWriter out) {
        if (rows.isEmpty()) {
            return;
        }
        out.println();
        TextTable table = new TextTable().row(heading, labels.get("portfolio.figure.communes"), labels.get("portfolio.figure.inhabitants"));
        rows.forEach(row -> table.row(row.name(), row.communes(), row.inhabitants()));
        table.print(INDENT, out);
    }

    /** The sentence on the target: met, missed, not judged, or none set. */
    static String target(Coverage coverage, Labels labels) {
        if (coverage.priorityTarget() == null) {
            return labels.get("portfolio.target.none");
        }
        String key = coverage.targetMet().map(met -> met ? "portfolio.target.met" : "portfolio.target.missed")
                .orElse("portfolio.target.unknown");
        return labels.get(key, labels.percent(coverage.priorityTarget()), labels.percent(coverage.priorityShare().orElse(null)));
    }

    private static void findings(List<Finding> findings, Labels labels, PrintWriter out) {
        out.println(INDENT + labels.get("portfolio.findings"));
        if (findings.isEmpty()) {
            out.println(INDENT + INDENT + labels.get("portfolio.findings.none"));
            return;
        }
        TextTable table = new TextTable();
        findings.forEach(f -> table.row(labels.severity(f.severity()), f.ruleId(), f.subject().toString(), f.message()));
        table.print(INDENT + INDENT, out);
    }

    private static TextTable contracts(List<ContractSummary> contracts, Labels labels) {
        TextTable table = new TextTable().row(labels.get("portfolio.contract"), labels.get("portfolio.stage"), labels.get("portfolio.verdict"),
                labels.get("portfolio.errors"), labels.get("portfolio.warnings"), labels.get("portfolio.mentalHealth"),
                labels.get("portfolio.clsm"), labels.get("portfolio.coordination"), labels.get("portfolio.arsShare"),
                labels.get("portfolio.evaluations"), labels.get("portfolio.finalEvaluation"));
        for (ContractSummary c : contracts) {
            table.row(Objects.toString(c.id(), labels.get("unknown")), stage(c, labels), verdict(c, labels),
                    String.valueOf(c.counts().getOrDefault(Severity.ERROR, 0)), String.valueOf(c.counts().getOrDefault(Severity.WARNING, 0)),
                    labels.yesNo(c.voletSanteMentale()), labels.yesNo(c.clsm()), labels.yesNo(c.coordination()),
                    c.partArs() == null ? labels.get("none") : labels.get("percent", c.partArs()),
                    c.evaluationsDue() + " / " + c.evaluationsDone(), finalEvaluation(c, labels));
        }
        return table;
    }

    static String stage(ContractSummary contract, Labels labels) {
        return labels.get(contract.stade() == null ? "stade.none" : "stade." + contract.stade().name());
    }

    static String verdict(ContractSummary contract, Labels labels) {
        return labels.get(contract.valid() ? "verdict.valid" : "verdict.invalid");
    }

    static String finalEvaluation(ContractSummary contract, Labels labels) {
        if (contract.finalEvaluationDone()) {
            return labels.get("portfolio.final.done");
        }
        return labels.get(contract.finalEvaluationDue() ? "portfolio.final.due" : "portfolio.final.notDue");
    }

    private static TextTable indicators(List<IndicatorProgress> indicators, Labels labels) {
        TextTable table = new TextTable().row(labels.get("portfolio.code"), labels.get("portfolio.baseline"), labels.get("portfolio.target"),
                labels.get("portfolio.last"), labels.get("portfolio.progress"), labels.get("portfolio.trajectory"));
        for (IndicatorProgress i : indicators) {
            table.row(code(i), measure(i.baseline(), labels), target(i.target(), labels), measure(i.lastMeasurement(), labels),
                    labels.percent(i.progress()), trajectory(i, labels));
        }
        return table;
    }

    /** The indicator's code, or its place in the contract when it has none. */
    static String code(IndicatorProgress indicator) {
        return indicator.code() != null ? indicator.code() : indicator.path().toString();
    }

    static String measure(Mesure mesure, Labels labels) {
        if (mesure == null || mesure.valeur() == null) {
            return labels.get("none");
        }
        return labels.get("portfolio.value", labels.decimal(mesure.valeur()), labels.date(mesure.date()));
    }

    static String target(Cible cible, Labels labels) {
        if (cible == null || cible.valeur() == null) {
            return labels.get("none");
        }
        return labels.get("portfolio.value", labels.decimal(cible.valeur()), labels.date(cible.echeance()));
    }

    /** The verdict, or for an indicator that cannot be judged what it lacks. */
    static String trajectory(IndicatorProgress indicator, Labels labels) {
        String verdict = labels.get("trajectory." + indicator.trajectory().name());
        if (indicator.trajectory() != IndicatorProgress.Trajectory.NO_DATA) {
            return verdict;
        }
        return labels.get("portfolio.noData", verdict,
                String.join(", ", indicator.missing().stream().map(m -> labels.get("missing." + m.name())).toList()));
    }
}
