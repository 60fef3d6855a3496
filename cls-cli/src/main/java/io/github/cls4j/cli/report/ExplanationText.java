package io.github.cls4j.cli.report;

import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.rules.Explanation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A finding's explanation in the report's words, one line per thing it tells: the day and profile,
 * each element read and its values, the values the rule bound, the profile parameters and the
 * reference data. The text report writes the lines under the finding, the HTML report in a list.
 */
final class ExplanationText {

    private ExplanationText() {
    }

    /** The lines of {@code why}, in the words of {@code labels}; the contract's texts are left as they are, for the caller to make safe. */
    static List<String> lines(Explanation why, Labels labels) {
        List<String> lines = new ArrayList<>();
        String judged = why.legalDate() == null ? labels.get("explain.judged.unknown", why.profile())
                : labels.get("explain.judged", labels.date(why.legalDate()), why.profile());
        lines.add(why.asOf() == null ? judged : judged + labels.get("explain.asOf", labels.date(why.asOf())));
        for (Explanation.Fact fact : why.facts()) {
            String where = fact.path().isRoot() ? "(contrat)" : fact.path().toString();
            if (fact.values().isEmpty()) {
                lines.add(labels.get("explain.seen", where, fact.type()));
            } else {
                lines.add(fact.path().isRoot() ? labels.get("explain.read.contract", values(fact.values()))
                        : labels.get("explain.read", where, fact.type(), values(fact.values())));
            }
        }
        if (!why.variables().isEmpty()) {
            lines.add(labels.get("explain.variables", values(why.variables())));
        }
        if (!why.parameters().isEmpty()) {
            lines.add(labels.get("explain.parameters", assignments(why.parameters())));
        }
        for (Explanation.Data data : why.referenceData()) {
            lines.add(labels.get("explain.data", labels.get("explain.data." + data.kind().name(), Objects.toString(data.id(), ""),
                    Objects.toString(data.edition(), labels.get("absent")), Objects.toString(data.source(), labels.get("absent")))));
        }
        return lines;
    }

    private static String values(List<Explanation.Value> values) {
        return values.stream().map(v -> v.name() + " = " + v.value()).collect(Collectors.joining(", "));
    }

    private static String assignments(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", "));
    }
}
