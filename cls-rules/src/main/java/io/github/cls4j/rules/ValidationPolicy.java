package io.github.cls4j.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A validation profile: how one ARS, or the national core, applies the rules. A profile is data,
 * never a copy of the rules: it re-levels rules by id, suppresses rules with a justification, and
 * supplies the regional parameters the rules read (durations, expected signatories, targets).
 *
 * <p>The bundled profiles are in {@code io/github/cls4j/rules/profiles.json}; a host may add its
 * own with {@link ContractValidator.Builder#profiles(java.nio.file.Path)}.
 *
 * <p>Every profile but {@code national} builds on it: its re-levellings, suppressions and
 * parameters complete and override those of the national profile. The profile of a region is the
 * one a validation applies to the contracts of that region, unless its context names another.
 *
 * @param name the name a {@link ValidationContext} gives, e.g. {@code national}
 * @param title a French title, e.g. "Socle national"
 * @param region the INSEE code of the region whose contracts this profile checks by default, or
 *     {@code null} for a profile no region applies by default
 * @param sources what the profile is built from: the ARS guides and pages it encodes
 * @param severities a severity for each re-levelled rule id
 * @param suppressions the justification of each suppressed rule id: its findings are reported as
 *     waived, never dropped
 * @param parameters the regional parameters, by name
 */
public record ValidationPolicy(
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) String title,
        String region,
        List<String> sources,
        Map<String, Severity> severities,
        Map<String, String> suppressions,
        Map<String, String> parameters) {

    /**
     * The parameter of the share of the priority territories' population a region aims to cover,
     * in percent (the portfolio's check {@code CLS-POR-02}); checked when profiles load.
     */
    public static final String COVERAGE_TARGET = "couverture.prioritaire.cible";

    /** Checks the name and title and copies the maps ({@code null} becomes empty). */
    public ValidationPolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        sources = sources == null ? List.of() : List.copyOf(sources);
        severities = severities == null ? Map.of() : Map.copyOf(severities);
        suppressions = suppressions == null ? Map.of() : Map.copyOf(suppressions);
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    /**
     * This profile built on {@code base}: the base's re-levellings, suppressions and parameters,
     * completed and overridden by this profile's own.
     */
    public ValidationPolicy over(ValidationPolicy base) {
        return new ValidationPolicy(name, title, region, sources, merged(base.severities, severities),
                merged(base.suppressions, suppressions), merged(base.parameters, parameters));
    }

    private static <V> Map<String, V> merged(Map<String, V> base, Map<String, V> own) {
        Map<String, V> merged = new TreeMap<>(base);
        merged.putAll(own);
        return merged;
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
