package io.github.cls4j.cli.report;

import io.github.cls4j.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of a contract that a report for people shows: the first {@value #PER_RULE} of each
 * rule, in report order, and how many more each rule has. A rule that reports on thousands of
 * elements (a check of every fiche action of a contract of 300,000) would otherwise bury the
 * others; the JSON report, for programs, lists them all.
 *
 * @param shown the findings shown, in report order
 * @param more for each rule with findings not shown, how many, in the order the rules first appear
 */
record ShownFindings(List<Finding> shown, Map<String, Integer> more) {

    /** The findings of one rule shown for a contract. */
    static final int PER_RULE = 20;

    /** The findings of {@code findings} to show, and the count of the others. */
    static ShownFindings of(List<Finding> findings) {
        Map<String, Integer> ofRule = new LinkedHashMap<>();
        List<Finding> shown = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (ofRule.merge(f.ruleId(), 1, Integer::sum) <= PER_RULE) {
                shown.add(f);
            }
        }
        Map<String, Integer> more = new LinkedHashMap<>();
        ofRule.forEach((rule, count) -> {
            if (count > PER_RULE) {
                more.put(rule, count - PER_RULE);
            }
        });
        return new ShownFindings(shown, more);
    }
}
