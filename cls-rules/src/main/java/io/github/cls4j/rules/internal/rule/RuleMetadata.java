package io.github.cls4j.rules.internal.rule;

import io.github.cls4j.rules.RuleFamily;
import io.github.cls4j.rules.RuleProblem;
import io.github.cls4j.rules.Severity;
import io.github.cls4j.rules.Stage;
import io.github.cls4j.rules.Validity;
import io.github.cls4j.rules.internal.text.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.definition.rule.Rule;

/**
 * Reads the metadata every rule carries: {@code @id(CLS-LEG-01) @severity(ERROR) @family(LAW)
 * @reference(CSP-L1434-10-IV)} and, when the law it encodes has dates,
 * {@code @since("2022-02-23")} or {@code @until("2022-02-22")}; a rule that a profile parameter
 * switches on says which, {@code @enabledBy("prefet.signataire.attendu")}, so that the catalogue
 * lists it only under the profiles that set that parameter to {@code true}; a rule for one stage of
 * a contract says which, {@code @stage(CONCLU)} or {@code @stage(PROJET)}.
 *
 * <p>Why the quotes are only on dates: the build-time compiler evaluates a metadata value as an
 * expression when it can, so an unquoted {@code 2022-02-23} becomes the number 1997, while a quoted
 * value keeps its quotes when rules are compiled at run time. Ids, severities, families and
 * references are therefore written bare, dates quoted, and a pair of surrounding quotes is dropped
 * here whichever way the rule was compiled.
 */
public final class RuleMetadata {

    private final RuleKey key;
    private final Map<String, Object> meta;
    private final String file;
    private final int line;
    private final List<RuleProblem> problems;

    private RuleMetadata(RuleKey key, Map<String, Object> meta, String file, int line, List<RuleProblem> problems) {
        this.key = key;
        this.meta = meta;
        this.file = file;
        this.line = line;
        this.problems = problems;
    }

    /**
     * The metadata of {@code rule}, written at {@code line} of {@code file} (0 if unknown); adds
     * to {@code problems} what is wrong.
     */
    public static Optional<RuleInfo> read(Rule rule, String file, int line, List<RuleProblem> problems) {
        return read(RuleKey.of(rule), rule.getMetaData(), file, line, problems);
    }

    /**
     * The metadata {@code meta} of the rule {@code key}, declared at {@code line} of {@code file}
     * (0 if unknown): the same attributes, read and checked the same way, whether a DRL rule or a
     * check written in Java declares them.
     */
    public static Optional<RuleInfo> read(RuleKey key, Map<String, Object> meta, String file, int line, List<RuleProblem> problems) {
        return new RuleMetadata(key, meta, file, line, problems).read();
    }

    private Optional<RuleInfo> read() {
        int before = problems.size();
        String id = required("id");
        Severity severity = constant(Severity.class, "severity");
        RuleFamily family = constant(RuleFamily.class, "family");
        String reference = required("reference");
        LocalDate since = date("since");
        LocalDate until = date("until");
        Stage stage = meta.containsKey("stage") ? constant(Stage.class, "stage") : null;
        if (since != null && until != null && until.isBefore(since)) {
            problem("meta.untilBeforeSince", until, since);
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new RuleInfo(id, severity, family, reference, new Validity(since, until), key, file, line,
                optional("enabledBy"), stage));
    }

    private String required(String key) {
        if (!meta.containsKey(key)) {
            problem("meta.missing", key);
            return null;
        }
        return optional(key);
    }

    private String optional(String key) {
        Object value = meta.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            problem("meta.notText", key, value.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT), value);
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
            return trimmed.substring(1, trimmed.length() - 1);
        }
        return trimmed;
    }

    private <E extends Enum<E>> E constant(Class<E> type, String key) {
        String value = required(key);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problem("meta.notOneOf", key, value, List.of(type.getEnumConstants()));
            return null;
        }
    }

    private LocalDate date(String key) {
        String text = optional(key);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem("meta.notADate", key, text);
            return null;
        }
    }

    /** The problem of the text {@code textKey}, told in both languages at the rule's file and line. */
    private void problem(String textKey, Object... arguments) {
        problems.add(Texts.problem(file, line, key.name(), textKey, arguments));
    }
}
