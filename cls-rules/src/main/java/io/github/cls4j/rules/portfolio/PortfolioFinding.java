package io.github.cls4j.rules.portfolio;

import io.github.cls4j.rules.LegalReference;
import io.github.cls4j.rules.Severity;
import java.util.List;
import java.util.Objects;

/**
 * What a portfolio check found about the contracts of a region taken together.
 *
 * @param ruleId the id of the check, e.g. {@code CLS-POR-01}
 * @param severity its severity
 * @param subject what it is about: the region, a commune, a QPV or a PRAPS territory, by its code
 * @param message the message, in the report's language
 * @param arguments the values put into the message
 * @param reference the source the check rests on
 */
public record PortfolioFinding(String ruleId, Severity severity, String subject, String message, List<String> arguments,
        LegalReference reference) {

    /** Checks that nothing is missing and copies the arguments. */
    public PortfolioFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(reference, "reference");
    }
}
