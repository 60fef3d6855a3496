package io.github.cls4j.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule a validator runs, Bean Validation constraints ({@code CLS-STRUCT-…}) included, in id
 * order.
 *
 * @param rules the rules, in id order
 */
public record RuleCatalog(List<RuleDescription> rules) {

    /** Copies the rules and sorts them by id. */
    public RuleCatalog {
        rules = rules.stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    /** The rule {@code id}, if the catalogue has it. */
    public Optional<RuleDescription> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The ids of the rules, in order. */
    public List<String> ids() {
        return rules.stream().map(RuleDescription::id).toList();
    }

    /** The number of rules. */
    public int size() {
        return rules.size();
    }

    /**
     * The rules that run under {@code profile} (those it does not suppress), each with the
     * severity the profile gives it as its {@link RuleDescription#defaultSeverity()}.
     */
    public RuleCatalog under(ValidationPolicy profile) {
        return new RuleCatalog(rules.stream().filter(r -> r.profiles().contains(profile.name()))
                .map(r -> new RuleDescription(r.id(), r.title(), r.family(), profile.severityOf(r.id(), r.defaultSeverity()),
                        r.reference(), r.validity(), r.stage(), r.profiles(), r.source()))
                .toList());
    }

    /**
     * The catalogue as a French Markdown document: a table per family, then {@code profiles}
     * with their parameters, re-levellings and suppressions; {@code docs/rules.md} is this
     * document for the bundled rules.
     */
    public String toMarkdown(Map<String, ValidationPolicy> profiles) {
        return CatalogMarkdown.of(this, profiles);
    }
}
