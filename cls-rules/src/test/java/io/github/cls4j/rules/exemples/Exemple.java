package io.github.cls4j.rules.exemples;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.rules.ValidationContext;

/**
 * One example of one rule, Peppol-style: a contract on which the rule fires (at {@code path} when
 * given), or one on which it does not.
 *
 * @param ruleId the rule
 * @param fires whether the rule fires on it
 * @param name what the example shows, in French
 * @param contrat the contract
 * @param context the context of the validation
 * @param path the path of the finding expected, or {@code null} for any
 */
public record Exemple(String ruleId, boolean fires, String name, ContratLocalSante contrat, ValidationContext context,
        String path) {

    @Override
    public String toString() {
        return ruleId + (fires ? " se déclenche : " : " ne se déclenche pas : ") + name;
    }
}
