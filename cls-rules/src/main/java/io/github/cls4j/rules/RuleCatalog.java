package io.github.cls4j.rules;

import java.util.List;
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
}
