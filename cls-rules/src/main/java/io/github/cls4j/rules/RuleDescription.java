package io.github.cls4j.rules;

import java.util.List;
import java.util.Objects;

/**
 * What the catalogue says of one rule.
 *
 * @param id its stable id, e.g. {@code CLS-LEG-01}
 * @param title its title in the catalogue's locale
 * @param family where its authority comes from
 * @param defaultSeverity its severity before any profile re-levels it
 * @param reference the source it encodes
 * @param validity the days on which that source applies
 * @param stage the stage of a contract it applies to, or {@code null} for every stage
 * @param profiles the names of the profiles in which it runs (not suppressed), in name order
 * @param source where it is written: a DRL file relative to its folder, or "Bean Validation"
 */
public record RuleDescription(
        String id,
        String title,
        RuleFamily family,
        Severity defaultSeverity,
        LegalReference reference,
        Validity validity,
        Stage stage,
        List<String> profiles,
        String source) {

    /** Checks that nothing is missing and copies the profiles. */
    public RuleDescription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(validity, "validity");
        profiles = List.copyOf(profiles);
        Objects.requireNonNull(source, "source");
    }
}
