package io.github.cls4j.cli.report;

import io.github.cls4j.cli.output.JsonOutput;
import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.core.json.JsonProblem;
import io.github.cls4j.rules.json.ReportDocument;
import io.github.cls4j.rules.json.ReportJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report for programs: a JSON array with one object per input, in order. A validated
 * contract gives its report in the library's public form ({@link ReportDocument}, whose JSON
 * Schema is {@link ReportJson#SCHEMA_RESOURCE}) with {@code source} and {@code title} added; an
 * input that could not be used gives {@code source}, {@code error} and {@code problems} (line,
 * column, JSON path, problem, expected). Every key is always present, {@code null} when it has no value.
 */
public final class JsonReport implements ReportWriter {

    /**
     * A validated contract: its report in the library's public form ({@link ReportJson}), with
     * the input it came from and its title first, so that a host and the command line give the
     * same report.
     */
    public record Contract(String source, String contract, String title, boolean valid, boolean complete, String profile,
            String asOf, String legalDate, String ruleSetVersion, Map<String, Integer> summary, List<ReportDocument.Finding> findings,
            List<ReportDocument.Waived> waived, List<ReportDocument.NotApplied> notApplied) {

        static Contract of(String source, String title, ReportDocument r) {
            return new Contract(source, r.contract(), title, r.valid(), r.complete(), r.profile(), r.asOf(), r.legalDate(),
                    r.ruleSetVersion(), r.summary(), r.findings(), r.waived(), r.notApplied());
        }
    }

    /** An input that could not be used; {@code problems} locate what breaks the JSON format. */
    public record Unusable(String source, String error, List<JsonProblem.Localized> problems) {

        /** An input that could not be used, its problems in {@code locale}'s language. */
        public static Unusable of(Outcome.Unusable outcome, Locale locale) {
            return new Unusable(outcome.source(), outcome.error(), outcome.problems().stream().map(p -> p.in(locale)).toList());
        }
    }

    @Override
    public Sink start(Labels labels, PrintWriter out) {
        // Each entry is made and written in turn: only one contract's report is ever held as JSON objects.
        JsonOutput.Array array = JsonOutput.array(out);
        return new Sink() {
            @Override
            public void add(Outcome outcome) {
                array.add(entry(outcome, labels.locale()));
            }

            @Override
            public void end() {
                array.close();
                out.flush();
            }
        };
    }

    private static Object entry(Outcome outcome, Locale locale) {
        if (outcome instanceof Outcome.Unusable unusable) {
            return Unusable.of(unusable, locale);
        }
        return contract((Outcome.Validated) outcome);
    }

    private static Contract contract(Outcome.Validated outcome) {
        return Contract.of(outcome.source(), outcome.contrat().intitule(), ReportJson.document(outcome.report()));
    }
}
