package io.github.cls4j.rules.internal;

import io.github.cls4j.rules.RuleFamily;
import io.github.cls4j.rules.RuleProblem;
import io.github.cls4j.rules.Severity;
import io.github.cls4j.rules.Validity;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.definition.rule.Rule;

/**
 * Reads the metadata every rule carries: {@code @id(CLS-LEG-01) @severity(ERROR) @family(LAW)
 * @reference(CSP-L1434-10-IV)} and, when the law it encodes has dates,
 * {@code @since("2022-02-23")} or {@code @until("2022-02-22")}.
 *
 * <p>Why the quotes are only on dates: the build-time compiler evaluates a metadata value as an
 * expression when it can, so an unquoted {@code 2022-02-23} becomes the number 1997, while a quoted
 * value keeps its quotes when rules are compiled at run time. Ids, severities, families and
 * references are therefore written bare, dates quoted, and a pair of surrounding quotes is dropped
 * here whichever way the rule was compiled.
 */
final class RuleMetadata {

    private RuleMetadata() {
    }

    /** The metadata of {@code rule} written in {@code file}; adds to {@code problems} what is wrong. */
    static Optional<RuleInfo> read(Rule rule, String file, List<RuleProblem> problems) {
        Map<String, Object> meta = rule.getMetaData();
        int before = problems.size();
        String id = text(meta, "id", rule, file, problems);
        Severity severity = constant(Severity.class, text(meta, "severity", rule, file, problems), "severity", rule, file, problems);
        RuleFamily family = constant(RuleFamily.class, text(meta, "family", rule, file, problems), "family", rule, file, problems);
        String reference = text(meta, "reference", rule, file, problems);
        LocalDate since = date(meta, "since", rule, file, problems);
        LocalDate until = date(meta, "until", rule, file, problems);
        if (since != null && until != null && until.isBefore(since)) {
            problems.add(problem(file, rule, "@until(\"" + until + "\") is before @since(\"" + since + "\")"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new RuleInfo(id, severity, family, reference, new Validity(since, until), RuleKey.of(rule), file));
    }

    private static String text(Map<String, Object> meta, String key, Rule rule, String file, List<RuleProblem> problems) {
        Object value = meta.get(key);
        if (value == null) {
            problems.add(problem(file, rule, "missing @" + key + "(…)"));
            return null;
        }
        return unquoted(value, key, rule, file, problems);
    }

    private static String unquoted(Object value, String key, Rule rule, String file, List<RuleProblem> problems) {
        if (!(value instanceof String text)) {
            problems.add(problem(file, rule, "@" + key + " was read as the " + value.getClass().getSimpleName().toLowerCase()
                    + " " + value + "; put the value in quotes, e.g. @" + key + "(\"2022-02-23\")"));
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
            return trimmed.substring(1, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value, String key, Rule rule, String file,
            List<RuleProblem> problems) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problems.add(problem(file, rule, "@" + key + "(" + value + ") is not one of " + List.of(type.getEnumConstants())));
            return null;
        }
    }

    private static LocalDate date(Map<String, Object> meta, String key, Rule rule, String file, List<RuleProblem> problems) {
        Object value = meta.get(key);
        if (value == null) {
            return null;
        }
        String text = unquoted(value, key, rule, file, problems);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(problem(file, rule, "@" + key + "(\"" + text + "\") is not a date written as \"YYYY-MM-DD\""));
            return null;
        }
    }

    private static RuleProblem problem(String file, Rule rule, String message) {
        return new RuleProblem(file, 0, rule.getName(), message);
    }
}
