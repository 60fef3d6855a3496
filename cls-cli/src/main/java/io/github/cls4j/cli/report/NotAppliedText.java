package io.github.cls4j.cli.report;

import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.rules.NotApplied;
import io.github.cls4j.rules.Stage;
import io.github.cls4j.rules.Validity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The rules not applied to a contract, in the report's words: one line that groups them by
 * reason, for every report, and a line per rule with its dates or parameter, for a report that
 * explains.
 */
final class NotAppliedText {

    private NotAppliedText() {
    }

    /** One line: the rules not applied, grouped by reason, e.g. {@code Non appliquées à ce contrat : hors de leurs dates au 2023-06-30 : CLS-LEG-04, …}. */
    static String summary(List<NotApplied> notApplied, Labels labels) {
        // One group per reason, and per stage for the rules of another stage.
        record Group(NotApplied.Reason reason, Stage stage) {
        }
        Map<Group, List<String>> groups = new TreeMap<>(Comparator.comparing(Group::reason)
                .thenComparing(Group::stage, Comparator.nullsFirst(Comparator.naturalOrder())));
        notApplied.forEach(n -> groups.computeIfAbsent(new Group(n.reason(), n.reason() == NotApplied.Reason.NOT_AT_ITS_STAGE ? n.stage() : null),
                g -> new ArrayList<>()).add(n.ruleId()));
        String day = notApplied.isEmpty() ? null : labels.date(notApplied.get(0).legalDate());
        List<String> texts = new ArrayList<>();
        groups.forEach((group, ids) -> texts.add(labels.get("notApplied.group." + group.reason().name(), String.join(", ", ids),
                group.stage() == null ? day : stage(group.stage(), labels))));
        return labels.get("notApplied.summary", String.join(" ; ", texts));
    }

    /** The heading of the list of rules not applied, with their number. */
    static String heading(List<NotApplied> notApplied, Labels labels) {
        return labels.get("notApplied.heading", notApplied.size());
    }

    /** One rule not applied under {@code profile}, and why, with its dates or the parameter that would switch it on. */
    static String line(NotApplied n, String profile, Labels labels) {
        String unknown = labels.get("absent");
        return switch (n.reason()) {
            case OUTSIDE_ITS_DATES -> labels.get("notApplied.OUTSIDE_ITS_DATES", n.ruleId(), dates(n.validity(), labels),
                    labels.date(n.legalDate()));
            case NOT_SWITCHED_ON -> labels.get("notApplied.NOT_SWITCHED_ON", n.ruleId(), profile, Objects.toString(n.parameter(), unknown));
            case NOT_AT_ITS_STAGE -> labels.get("notApplied.NOT_AT_ITS_STAGE", n.ruleId(), n.stage() == null ? unknown : stage(n.stage(), labels));
            case NO_LEGAL_DATE -> labels.get("notApplied.NO_LEGAL_DATE", n.ruleId(), dates(n.validity(), labels));
        };
    }

    /** A stage of a contract in the report's words: {@code conclu}, {@code en projet}. */
    static String stage(Stage stage, Labels labels) {
        return labels.get("stage." + stage.name());
    }

    /** The days a rule applies, e.g. {@code depuis le 23 février 2022}. */
    static String dates(Validity validity, Labels labels) {
        if (validity.since() != null && validity.until() != null) {
            return labels.get("validity.between", labels.date(validity.since()), labels.date(validity.until()));
        }
        return validity.since() != null ? labels.get("validity.since", labels.date(validity.since()))
                : labels.get("validity.until", labels.date(validity.until()));
    }
}
