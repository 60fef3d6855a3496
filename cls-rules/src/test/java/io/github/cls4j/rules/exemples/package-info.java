/**
 * The cases of every rule of the catalogue, Peppol-style: the {@code *.cas.txt} files beside the
 * bundled DRL, for each rule contracts on which it fires and contracts it spares, on both sides of
 * every date it depends on. Each starts from {@code cas/conforme.json}
 * ({@link io.github.cls4j.rules.exemples.Exemples#conforme()}), on which no rule fires, and changes
 * what it shows; {@link io.github.cls4j.rules.exemples.RuleExamplesTest} runs them all, as
 * {@code cls test} runs a rule author's, and fails for a rule that lacks one.
 */
package io.github.cls4j.rules.exemples;
