package io.github.cls4j.rules.testing;

import io.github.cls4j.rules.RuleDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How well the cases show one rule: how many make it fire ({@code attendu:} met), how many spare
 * it ({@code absent:} of the rule alone, met), and each side of each of its dates.
 *
 * @param rule the rule
 * @param fires the cases that make it fire
 * @param spares the cases that it spares
 * @param dates the sides of its dates of validity, in order: none for a rule that no date bounds
 */
public record RuleCoverage(RuleDescription rule, int fires, int spares, List<DateSide> dates) {

    /** Checks that the rule is given and copies the sides. */
    public RuleCoverage {
        Objects.requireNonNull(rule, "rule");
        dates = List.copyOf(dates);
    }

    /** Whether a case shows the rule firing, one shows it sparing, and one shows each side of its dates. */
    public boolean complete() {
        return fires > 0 && spares > 0 && dates.stream().allMatch(DateSide::shown);
    }

    /** What no case shows, in English for logs and test reports, e.g. {@code no case it spares on 2022-02-22}. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (fires == 0) {
            missing.add("no case on which it fires");
        }
        if (spares == 0) {
            missing.add("no case it spares");
        }
        for (DateSide side : dates) {
            if (!side.shown()) {
                missing.add((side.fires() ? "no case on which it fires on " : "no case it spares on ") + side.day());
            }
        }
        return missing;
    }
}
