/**
 * The examples of every rule of the catalogue, Peppol-style: for each rule, contracts on which it
 * fires and contracts it spares, on both sides of every date it depends on. Each example starts
 * from {@link io.github.cls4j.rules.exemples.Exemples#conforme()}, on which no rule fires, and
 * changes one thing; {@link io.github.cls4j.rules.exemples.RuleExamplesTest} runs them all and
 * fails for a rule that lacks one.
 */
package io.github.cls4j.rules.exemples;
