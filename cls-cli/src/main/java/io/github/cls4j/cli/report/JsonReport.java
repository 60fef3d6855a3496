package io.github.cls4j.cli.report;

import io.github.cls4j.cli.output.JsonOutput;
import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.core.json.JsonProblem;
import io.github.cls4j.rules.Explanation;
import io.github.cls4j.rules.Finding;
import io.github.cls4j.rules.LegalReference;
import io.github.cls4j.rules.NotApplied;
import io.github.cls4j.rules.Severity;
import io.github.cls4j.rules.ValidationReport;
import io.github.cls4j.rules.WaivedFinding;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report for programs: a JSON array with one object per input, in order. A validated
 * contract gives {@code source, contract, title, valid, complete, profile, asOf, legalDate, ruleSetVersion,
 * summary, findings, waived, notApplied}, each finding with its {@code explanation} when asked; an input that could not be used gives {@code source} and
 * {@code error} and {@code problems} (line, column, JSON path, problem, expected). Every key is always present, {@code null} when it has no value.
 */
public final class JsonReport implements ReportWriter {


    /** A validated contract. */
    public record Contract(String source, String contract, String title, boolean valid, boolean complete, String profile,
            LocalDate asOf, LocalDate legalDate, String ruleSetVersion, Map<Severity, Integer> summary, List<JsonFinding> findings,
            List<Waived> waived, List<JsonNotApplied> notApplied) {
    }

    /** An input that could not be used; {@code problems} locate what breaks the JSON format. */
    public record Unusable(String source, String error, List<Problem> problems) {

        /** An input that could not be used, its problems in {@code locale}'s language. */
        public static Unusable of(Outcome.Unusable outcome, Locale locale) {
            return new Unusable(outcome.source(), outcome.error(), outcome.problems().stream().map(p -> Problem.of(p, locale)).toList());
        }
    }

    /** Where and how a file breaks the JSON format, in the report's language. */
    public record Problem(int line, int column, String jsonPath, String problem, String expected) {

        static Problem of(JsonProblem p, Locale locale) {
            return new Problem(p.line(), p.column(), p.jsonPath(), p.problem().in(locale), p.expected().in(locale));
        }
    }

    /** One finding; {@code path} is empty for the contract itself; {@code explanation} is {@code null} unless asked for ({@code --explain}). */
    public record JsonFinding(String ruleId, String severity, String path, String message, Reference reference, JsonExplanation explanation) {

        static JsonFinding of(Finding f) {
            return new JsonFinding(f.ruleId(), f.severity().name(), f.path().toString(), f.message(), Reference.of(f.reference()),
                    f.explanation() == null ? null : JsonExplanation.of(f.explanation()));
        }
    }

    /**
     * Why a rule made a finding: the day the law was judged on, the as-of day if the rule read it,
     * the profile, the parameters it used, the elements it read ({@code path} empty for the contract)
     * with their values, the values it bound, and the reference data it matched.
     */
    public record JsonExplanation(LocalDate legalDate, LocalDate asOf, String profile, Map<String, String> parameters, List<Fact> facts,
            List<Explanation.Value> variables, List<Explanation.Data> referenceData) {

        /** An element read, and its values. */
        public record Fact(String path, String type, List<Explanation.Value> values) {
        }

        static JsonExplanation of(Explanation e) {
            return new JsonExplanation(e.legalDate(), e.asOf(), e.profile(), new TreeMap<>(e.parameters()),
                    e.facts().stream().map(f -> new Fact(f.path().toString(), f.type(), f.values())).toList(), e.variables(), e.referenceData());
        }
    }

    /** The source a finding's rule encodes. */
    public record Reference(String id, String title, String article, String url) {

        /** The reference of a finding's rule. */
        public static Reference of(LegalReference r) {
            return new Reference(r.id(), r.title(), r.article(), r.url() == null ? null : r.url().toString());
        }
    }

    /**
     * A rule not applied to the contract, and why: {@code NOT_SWITCHED_ON} (with the profile
     * {@code parameter} that would), {@code NOT_AT_ITS_STAGE} (with the {@code stage} it is for:
     * {@code CONCLU}, {@code PROJET}), {@code OUTSIDE_ITS_DATES} or {@code NO_LEGAL_DATE}, with the
     * rule's dates and the day the contract was judged on.
     */
    public record JsonNotApplied(String ruleId, String reason, LocalDate since, LocalDate until, LocalDate legalDate, String parameter,
            String stage) {

        static JsonNotApplied of(NotApplied n) {
            return new JsonNotApplied(n.ruleId(), n.reason().name(), n.validity().since(), n.validity().until(), n.legalDate(), n.parameter(),
                    n.stage() == null ? null : n.stage().name());
        }
    }

    /** A finding waived, and why. */
    public record Waived(JsonFinding finding, String justification, boolean effective) {
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
        ValidationReport r = outcome.report();
        return new Contract(outcome.source(), r.contractId(), outcome.contrat().intitule(), r.isValid(), r.isComplete(), r.profile(),
                r.asOf(), r.legalDate(), r.ruleSetVersion(), r.counts(),
                r.findings().stream().map(JsonFinding::of).toList(),
                r.waived().stream().map((WaivedFinding w) -> new Waived(JsonFinding.of(w.finding()), w.justification(), w.effective())).toList(),
                r.notApplied().stream().map(JsonNotApplied::of).toList());
    }
}
