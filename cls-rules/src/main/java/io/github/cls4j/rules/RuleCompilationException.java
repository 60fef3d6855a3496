package io.github.cls4j.rules;

import java.util.List;

/**
 * Rules could not be loaded. The exception lists every problem found, each with its file, line
 * and rule, never the Java that Drools generates.
 */
public final class RuleCompilationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String origin;
    private final transient List<RuleProblem> problems;

    /** Rules from {@code origin} could not be loaded because of {@code problems}. */
    public RuleCompilationException(String origin, List<RuleProblem> problems) {
        super(describe(origin, problems));
        this.origin = origin;
        this.problems = List.copyOf(problems);
    }

    private static String describe(String origin, List<RuleProblem> problems) {
        StringBuilder text = new StringBuilder("Rules of ").append(origin).append(" could not be loaded (")
                .append(problems.size()).append(problems.size() == 1 ? " problem):" : " problems):");
        problems.forEach(p -> text.append(System.lineSeparator()).append("  ").append(p));
        return text.toString();
    }

    /** Where the rules came from: the folder of rules, or the bundled rules' resource. */
    public String origin() {
        return origin;
    }

    /** The problems, in the order they were found. */
    public List<RuleProblem> problems() {
        return problems;
    }
}
