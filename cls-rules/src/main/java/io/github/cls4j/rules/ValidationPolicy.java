package io.github.cls4j.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A validation profile: how one ARS, or the national core, applies the rules. A profile is data,
 * never a copy of the rules: it re-levels rules by id, suppresses rules with a justification, and
 * supplies the regional parameters the rules read (durations, expected signatories, targets).
 *
 * <p>The bundled profiles are in {@code io/github/cls4j/rules/profiles.json}; a host may add its
 * own with {@link ContractValidator.Builder#profiles(java.nio.file.Path)}.
 *
 * @param name the name a {@link ValidationContext} gives, e.g. {@code national}
 * @param title a French title, e.g. "Socle national"
 * @param severities a severity for each re-levelled rule id
 * @param suppressions the justification of each suppressed rule id: its findings are reported as
 *     waived, never dropped
 * @param parameters the regional parameters, by name
 */
public record ValidationPolicy(
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) String title,
        Map<String, Severity> severities,
        Map<String, String> suppressions,
        Map<String, String> parameters) {

    /** Checks the name and title and copies the maps ({@code null} becomes empty). */
    public ValidationPolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        severities = severities == null ? Map.of() : Map.copyOf(severities);
        suppressions = suppressions == null ? Map.of() : Map.copyOf(suppressions);
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    /** The severity of the rule {@code ruleId} in this profile, given its default. */
    public Severity severityOf(String ruleId, Severity defaultSeverity) {
        return severities.getOrDefault(ruleId, defaultSeverity);
    }

    /** The justification of the suppression of {@code ruleId}, if this profile suppresses it. */
    public Optional<String> suppression(String ruleId) {
        return Optional.ofNullable(suppressions.get(ruleId));
    }
}
