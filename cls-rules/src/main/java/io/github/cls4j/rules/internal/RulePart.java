package io.github.cls4j.rules.internal;

import java.util.Map;
import org.kie.api.KieBase;

/**
 * One compiled rule base of a rule set (the bundled rules, or a folder) with the metadata of its
 * rules. Rule bases are run one after the other on the same facts.
 *
 * @param kieBase the compiled rules, immutable and shared by all threads
 * @param rules the metadata of each rule
 */
record RulePart(KieBase kieBase, Map<RuleKey, RuleInfo> rules) {

    RulePart {
        rules = Map.copyOf(rules);
    }
}
