package io.github.cls4j.rules.internal.rule;

import org.kie.api.definition.rule.Rule;

/**
 * How a rule is told apart in its rule base: its package and name.
 *
 * @param packageName the DRL package
 * @param name the rule name
 */
public record RuleKey(String packageName, String name) {

    public static RuleKey of(Rule rule) {
        return new RuleKey(rule.getPackageName(), rule.getName());
    }
}
