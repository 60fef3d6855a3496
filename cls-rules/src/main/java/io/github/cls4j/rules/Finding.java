package io.github.cls4j.rules;

import io.github.cls4j.core.path.ElementPath;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One thing a rule found: in a contract, about one of its elements, or in a region's portfolio,
 * about one of its territories.
 *
 * @param ruleId the id of the rule, e.g. {@code CLS-LEG-01}; Bean Validation findings have
 *     {@code CLS-STRUCT-…} ids
 * @param severity its severity after the profile's re-levelling
 * @param subject what it concerns: an element of the contract, by its path in the notation of
 *     {@link ElementPath} (e.g. {@code axes[1].objectifs[0]}; the root path for the contract
 *     itself), or a territory of a portfolio
 * @param message the message in the requested locale
 * @param messageKey the key of the message in the rule messages, e.g. {@code CLS-LEG-01.message}
 * @param arguments the values put into the message, in order
 * @param reference the source the rule encodes
 * @param validity the days on which that source applies
 * @param explanation why the rule found it, when the host asked for it
 *     ({@link ValidationContext#withExplanations()}); {@code null} otherwise
 */
public record Finding(
        String ruleId,
        Severity severity,
        Subject subject,
        String message,
        String messageKey,
        List<String> arguments,
        LegalReference reference,
        Validity validity,
        Explanation explanation) implements Comparable<Finding> {

    /** The order of a report: severity, then path, then rule id, then message. */
    public static final Comparator<Finding> REPORT_ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::subject)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    /** Checks that nothing is missing and copies the arguments. */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(validity, "validity");
    }

    /** A finding without explanation. */
    public Finding(String ruleId, Severity severity, Subject subject, String message, String messageKey, List<String> arguments,
            LegalReference reference, Validity validity) {
        this(ruleId, severity, subject, message, messageKey, arguments, reference, validity, null);
    }

    /** A finding about the element at {@code path} of a contract. */
    public Finding(String ruleId, Severity severity, ElementPath path, String message, String messageKey, List<String> arguments,
            LegalReference reference, Validity validity) {
        this(ruleId, severity, Subject.of(path), message, messageKey, arguments, reference, validity);
    }

    /**
     * The path of the element of the contract it concerns; the root path for the contract itself,
     * and for a finding about a territory of a portfolio (whose {@link #subject()} says which).
     */
    public ElementPath path() {
        return subject instanceof Subject.Element element ? element.path() : ElementPath.root();
    }

    /** The same finding with another severity. */
    public Finding withSeverity(Severity other) {
        return new Finding(ruleId, other, subject, message, messageKey, arguments, reference, validity, explanation);
    }

    /** The same finding with {@code why} as its explanation. */
    public Finding withExplanation(Explanation why) {
        return new Finding(ruleId, severity, subject, message, messageKey, arguments, reference, validity, why);
    }

    @Override
    public int compareTo(Finding other) {
        return REPORT_ORDER.compare(this, other);
    }

    /** One line, e.g. {@code ERROR signataires CLS-LEG-01 L'ARS ne signe pas le contrat}. */
    @Override
    public String toString() {
        return severity + " " + (path().isRoot() && subject instanceof Subject.Element ? "(contrat)" : subject) + " " + ruleId + " "
                + message;
    }
}
