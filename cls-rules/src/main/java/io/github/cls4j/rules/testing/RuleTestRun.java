package io.github.cls4j.rules.testing;

import io.github.cls4j.rules.RuleDescription;
import io.github.cls4j.rules.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * The cases of a folder, run.
 *
 * @param results each case run, in the order of the files and of the cases in each
 * @param problems the lines of case files, and the contracts they name, that could not be used:
 *     their cases did not run
 */
public record RuleTestRun(List<RuleTestResult> results, List<CaseFileProblem> problems) {

    /** Copies the lists. */
    public RuleTestRun {
        results = List.copyOf(results);
        problems = List.copyOf(problems);
    }

    /** The cases that did not pass. */
    public List<RuleTestResult> failed() {
        return results.stream().filter(Predicate.not(RuleTestResult::passed)).toList();
    }

    /** Whether every case ran and passed. */
    public boolean passed() {
        return problems.isEmpty() && failed().isEmpty();
    }

    /** How well the cases show each of {@code rules}, in the order given. */
    public List<RuleCoverage> coverage(Collection<RuleDescription> rules) {
        return rules.stream().map(this::coverage).toList();
    }

    /** How well the cases show {@code rule}. */
    public RuleCoverage coverage(RuleDescription rule) {
        List<LocalDate> fired = new ArrayList<>();
        List<LocalDate> spared = new ArrayList<>();
        int fires = 0;
        int spares = 0;
        for (RuleTestResult result : results) {
            for (Expectation e : result.testCase().expectations()) {
                if (!e.ruleId().equals(rule.id()) || !result.met(e)) {
                    continue;
                }
                if (e.present()) {
                    fires++;
                    fired.add(result.report().legalDate());
                } else if (e.sparesTheRule()) {
                    spares++;
                    spared.add(result.report().legalDate());
                }
            }
        }
        return new RuleCoverage(rule, fires, spares, sides(rule.validity(), fired, spared));
    }

    private static List<DateSide> sides(Validity validity, List<LocalDate> fired, List<LocalDate> spared) {
        List<DateSide> sides = new ArrayList<>();
        if (validity.since() != null) {
            LocalDate before = validity.since().minusDays(1);
            sides.add(new DateSide(before, false, spared.contains(before)));
            sides.add(new DateSide(validity.since(), true, fired.contains(validity.since())));
        }
        if (validity.until() != null) {
            LocalDate after = validity.until().plusDays(1);
            sides.add(new DateSide(validity.until(), true, fired.contains(validity.until())));
            sides.add(new DateSide(after, false, spared.contains(after)));
        }
        return sides;
    }

    /** The ids of the rules the cases name, met or not, in the order they are first named. */
    public List<String> ruleIds() {
        return results.stream().flatMap(r -> r.testCase().expectations().stream()).map(Expectation::ruleId).distinct().toList();
    }
}
