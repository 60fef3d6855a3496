package io.github.cls4j.rules.json;

import io.github.cls4j.rules.Explanation;
import io.github.cls4j.rules.Finding;
import io.github.cls4j.rules.LegalReference;
import io.github.cls4j.rules.NotApplied;
import io.github.cls4j.rules.ValidationReport;
import io.github.cls4j.rules.WaivedFinding;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link ValidationReport} in cls4j's public JSON form ({@link ReportDocument}), the one the
 * command line writes: a host returns {@code ReportJson.document(report)} from a controller and
 * its own JSON library writes it, or writes {@link #write(ValidationReport)} as it is.
 */
public final class ReportJson {

    /** The JSON Schema of a report, on the class path of cls-rules. */
    public static final String SCHEMA_RESOURCE = "/io/github/cls4j/rules/json/rapport-de-validation.schema.json";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ReportJson() {
    }

    /** {@code report} in the public JSON form, for any JSON library to write. */
    public static ReportDocument document(ValidationReport report) {
        Map<String, Integer> summary = new LinkedHashMap<>();
        report.counts().forEach((severity, count) -> summary.put(severity.name(), count));
        return new ReportDocument(report.contractId(), report.isValid(), report.isComplete(), report.profile(), day(report.asOf()),
                day(report.legalDate()), report.ruleSetVersion(), summary, report.findings().stream().map(ReportJson::finding).toList(),
                report.waived().stream().map(ReportJson::waived).toList(), report.notApplied().stream().map(ReportJson::notApplied).toList());
    }

    /** {@code report} as a JSON text in the public form. */
    public static String write(ValidationReport report) {
        return MAPPER.writeValueAsString(document(report));
    }

    /** One finding in the public form. */
    public static ReportDocument.Finding finding(Finding f) {
        return new ReportDocument.Finding(f.ruleId(), f.severity().name(), f.path().toString(), f.message(), reference(f.reference()),
                f.explanation() == null ? null : explanation(f.explanation()));
    }

    /** The source a rule encodes, in the public form. */
    public static ReportDocument.Reference reference(LegalReference r) {
        return new ReportDocument.Reference(r.id(), r.title(), r.article(), r.url() == null ? null : r.url().toString());
    }

    private static ReportDocument.Waived waived(WaivedFinding w) {
        return new ReportDocument.Waived(finding(w.finding()), w.justification(), w.effective());
    }

    private static ReportDocument.NotApplied notApplied(NotApplied n) {
        return new ReportDocument.NotApplied(n.ruleId(), n.reason().name(), day(n.validity().since()), day(n.validity().until()),
                day(n.legalDate()), n.parameter(), n.stage() == null ? null : n.stage().name());
    }

    private static ReportDocument.Explanation explanation(Explanation e) {
        return new ReportDocument.Explanation(day(e.legalDate()), day(e.asOf()), e.profile(), new TreeMap<>(e.parameters()),
                e.facts().stream().map(f -> new ReportDocument.Fact(f.path().toString(), f.type(),
                        f.values().stream().map(ReportJson::value).toList())).toList(),
                e.variables().stream().map(ReportJson::value).toList(),
                e.referenceData().stream().map(d -> new ReportDocument.Data(d.kind().name(), d.id(), d.edition(), d.source())).toList());
    }

    private static ReportDocument.Value value(Explanation.Value v) {
        return new ReportDocument.Value(v.name(), v.value());
    }

    private static String day(LocalDate day) {
        return Objects.toString(day, null);
    }
}
