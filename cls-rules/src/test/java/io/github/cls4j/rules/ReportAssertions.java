package io.github.cls4j.rules;

import java.util.List;

/** Short readings of a report for assertions: which rule found what, where. */
public final class ReportAssertions {

    private ReportAssertions() {
    }

    /** {@code "CLS-LEG-01@signataires"} for each finding of the report, in report order. */
    public static List<String> located(ValidationReport report) {
        return report.findings().stream().map(ReportAssertions::located).toList();
    }

    /** {@code "CLS-LEG-01@signataires"} for each finding of rule {@code ruleId}. */
    public static List<String> located(ValidationReport report, String ruleId) {
        return report.findings(ruleId).stream().map(ReportAssertions::located).toList();
    }

    private static String located(Finding f) {
        return f.ruleId() + "@" + f.path();
    }
}
