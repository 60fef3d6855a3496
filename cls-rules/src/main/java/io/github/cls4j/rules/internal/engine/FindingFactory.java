package io.github.cls4j.rules.internal.engine;

import io.github.cls4j.core.path.ElementPath;
import io.github.cls4j.rules.Finding;
import io.github.cls4j.rules.LegalReference;
import io.github.cls4j.rules.RuleFailure;
import io.github.cls4j.rules.Severity;
import io.github.cls4j.rules.Subject;
import io.github.cls4j.rules.Validity;
import io.github.cls4j.rules.internal.rule.RuleInfo;
import io.github.cls4j.rules.internal.structure.StructuralCheck;
import io.github.cls4j.rules.internal.text.Messages;
import io.github.cls4j.rules.internal.text.References;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Makes the findings of a rule set from its texts: the message of a rule in a language, and its
 * source as it stood on a contract's legal date. One per rule set, immutable.
 *
 * @param messages the titles and messages of every rule, in French and English
 * @param references the sources of every rule
 */
public record FindingFactory(Messages messages, References references) {

    /** The suffix of the message of a failure whose rule is not known. */
    private static final String UNKNOWN_RULE = ".inconnue";

    /** What {@code rule} reports at {@code path}, with the source in force on {@code legalDate}. */
    public Finding of(RuleInfo rule, ElementPath path, List<String> arguments, Locale locale, LocalDate legalDate) {
        return of(rule, Subject.of(path), arguments, locale, legalDate);
    }

    /** What {@code rule} reports about {@code subject}, with the source in force on {@code day}. */
    Finding of(RuleInfo rule, Subject subject, List<String> arguments, Locale locale, LocalDate day) {
        return new Finding(rule.id(), rule.severity(), subject, messages.message(rule.id(), locale, arguments),
                rule.id() + Messages.MESSAGE, arguments, references.on(rule.referenceId(), day), rule.validity());
    }

    /** A violation of the model's shape: always an error, for data that cannot be true. */
    Finding of(StructuralCheck.Violation violation) {
        return new Finding(violation.ruleId(), Severity.ERROR, violation.path(), violation.message(), violation.messageKey(),
                List.of(), reference(References.STRUCTURE), Validity.ALWAYS);
    }

    /** The finding that says a rule failed, so that findings are missing. */
    Finding of(RuleFailure failure, Locale locale) {
        String key = RuleFailure.FINDING_ID + switch (failure.kind()) {
            case EXCEPTION_IN_CONSEQUENCE -> "";
            case EXCEPTION_IN_CONDITIONS -> failure.ruleId() == null ? UNKNOWN_RULE : ".condition";
            case ERROR_IN_CONSEQUENCE -> ".arret";
            case TIME_LIMIT -> failure.ruleId() == null ? ".temps" + UNKNOWN_RULE : ".temps";
            case FIRING_LIMIT -> ".declenchements";
            case STUCK -> failure.ruleId() == null ? ".bloquee" + UNKNOWN_RULE : ".bloquee";
            case NOT_STARTED -> ".nonCommencee";
        };
        List<String> arguments = List.of(failure.ruleId() == null ? "?" : failure.ruleId(),
                failure.source() == null ? failure.ruleSet() : failure.source(), failure.error(), failure.ruleSet());
        return new Finding(RuleFailure.FINDING_ID, Severity.ERROR, failure.path(), messages.message(key, locale, arguments),
                key + Messages.MESSAGE, arguments, reference(References.ENGINE), Validity.ALWAYS);
    }

    /** The source {@code id}, as it is known today. */
    LegalReference reference(String id) {
        return references.get(id).orElseThrow(() -> new IllegalStateException("No reference " + id));
    }
}
