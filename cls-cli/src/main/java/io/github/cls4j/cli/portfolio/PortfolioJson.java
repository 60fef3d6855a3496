package io.github.cls4j.cli.portfolio;

import io.github.cls4j.cli.output.JsonOutput;
import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.cli.report.JsonReport;
import io.github.cls4j.core.code.CodeCommune;
import io.github.cls4j.core.code.CodeQpv;
import io.github.cls4j.core.strategie.Cible;
import io.github.cls4j.core.strategie.Mesure;
import io.github.cls4j.rules.Severity;
import io.github.cls4j.rules.json.ReportDocument;
import io.github.cls4j.rules.json.ReportJson;
import io.github.cls4j.rules.portfolio.ContractSummary;
import io.github.cls4j.rules.portfolio.Coverage;
import io.github.cls4j.rules.portfolio.IndicatorProgress;
import io.github.cls4j.rules.portfolio.PortfolioReport;
import io.github.cls4j.rules.portfolio.Stade;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The portfolio for programs: one JSON object, {@code asOf}, {@code territorialData} and
 * {@code prsData} (the file used, or {@code "bundled"}), {@code regions} (one object per region),
 * {@code leftOut} and {@code unusable} (as {@code validate} gives them). Every key is always
 * present, {@code null} when it has no value; enums by their names, shares as fractions of 1.
 */
public final class PortfolioJson implements PortfolioWriter {

    private static final String BUNDLED = "bundled";

    /** The whole run. */
    record Run(LocalDate asOf, String territorialData, String prsData, String geography, List<RegionEntry> regions, List<PortfolioRun.LeftOut> leftOut,
            List<JsonReport.Unusable> unusable) {
    }

    /** One region's portfolio. */
    record RegionEntry(String region, String name, LocalDate asOf, CoverageEntry coverage, List<Finding> findings,
            List<Contract> contracts) {
    }

    /** The coverage; {@code figures} keyed as {@link CoverageRow#figure()}. */
    record CoverageEntry(int contracts, List<String> withoutTerritory, Map<String, Figure> figures, BigDecimal target, Boolean targetMet, List<String> withoutPopulation,
            List<String> communesCovered, List<String> qpvCovered, List<Coverage.Part> byDepartement, List<Coverage.Part> byEpci) {
    }

    /** One figure: covered, total and share, overall and by stage. */
    record Figure(long covered, long total, BigDecimal share, Map<Stade, StageFigure> byStage) {
    }

    /** What the contracts of one stage cover. */
    record StageFigure(long covered, BigDecimal share) {
    }

    /** A portfolio finding. */
    record Finding(String ruleId, Severity severity, String subject, String message, List<String> arguments,
            ReportDocument.Reference reference) {
    }

    /** One contract of the portfolio. */
    record Contract(String id, String title, Stade stage, boolean valid, Map<Severity, Integer> summary, boolean mentalHealth,
            boolean clsm, boolean coordination, BigDecimal arsShare, int evaluationsDue, int evaluationsDone, boolean finalEvaluationDue,
            boolean finalEvaluationDone, List<Indicator> indicators) {
    }

    /** One indicator's progress. */
    record Indicator(String path, String code, String label, String unit, Value baseline, Target target, Value lastMeasurement,
            BigDecimal progress, BigDecimal expectedValue, IndicatorProgress.Trajectory trajectory, List<IndicatorProgress.Missing> missing) {
    }

    /** A measured value and its date. */
    record Value(BigDecimal value, LocalDate date) {

        static Value of(Mesure mesure) {
            return mesure == null ? null : new Value(mesure.valeur(), mesure.date());
        }
    }

    /** A target value and its due date. */
    record Target(BigDecimal value, LocalDate dueDate) {

        static Target of(Cible cible) {
            return cible == null ? null : new Target(cible.valeur(), cible.echeance());
        }
    }

    @Override
    public void write(PortfolioRun run, Labels labels, PrintWriter out) {
        Locale locale = labels.locale();
        JsonOutput.write(new Run(run.asOf(), run.territorialFile() == null ? BUNDLED : run.territorialFile().toString(),
                run.prsFile() == null ? BUNDLED : run.prsFile().toString(), run.geography(), run.reports().stream().map(PortfolioJson::region).toList(),
                run.leftOut(), run.unusable().stream().map(o -> JsonReport.Unusable.of(o, locale)).toList()), out);
        out.flush();
    }

    private static RegionEntry region(PortfolioReport report) {
        return new RegionEntry(report.region().code(), report.region().nom(), report.asOf(), coverage(report.coverage()),
                report.findings().stream().map(PortfolioJson::finding).toList(),
                report.contracts().stream().map(PortfolioJson::contract).toList());
    }

    private static CoverageEntry coverage(Coverage coverage) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (CoverageRow row : CoverageRow.of(coverage)) {
            Map<Stade, StageFigure> byStage = new LinkedHashMap<>();
            row.byStage().forEach((stade, covered) -> byStage.put(stade, new StageFigure(covered, row.stageShares().get(stade))));
            figures.put(row.figure(), new Figure(row.covered(), row.total(), row.share(), byStage));
        }
        return new CoverageEntry(coverage.contracts(), coverage.withoutTerritory(), figures, coverage.priorityTarget(), coverage.targetMet().orElse(null),
                coverage.withoutPopulation(), coverage.communesCovered().stream().map(CodeCommune::value).toList(),
                coverage.qpvCovered().stream().map(CodeQpv::value).toList(), coverage.byDepartement(), coverage.byEpci());
    }

    private static Finding finding(io.github.cls4j.rules.Finding f) {
        return new Finding(f.ruleId(), f.severity(), f.subject().toString(), f.message(), f.arguments(), ReportJson.reference(f.reference()));
    }

    private static Contract contract(ContractSummary c) {
        return new Contract(c.id(), c.intitule(), c.stade(), c.valid(), summary(c.counts()), c.voletSanteMentale(), c.clsm(), c.coordination(),
                c.partArs(), c.evaluationsDue(), c.evaluationsDone(), c.finalEvaluationDue(), c.finalEvaluationDone(),
                c.indicators().stream().map(PortfolioJson::indicator).toList());
    }

    private static Indicator indicator(IndicatorProgress i) {
        return new Indicator(i.path().toString(), i.code(), i.label(), i.unit(), Value.of(i.baseline()), Target.of(i.target()),
                Value.of(i.lastMeasurement()), i.progress(), i.expectedValue(), i.trajectory(), List.copyOf(i.missing()));
    }

    /** Every severity, in order, even when the library's map is unordered. */
    private static Map<Severity, Integer> summary(Map<Severity, Integer> counts) {
        Map<Severity, Integer> summary = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            summary.put(severity, counts.getOrDefault(severity, 0));
        }
        return summary;
    }
}
