/**
 * Tests of rules that need no Java, Peppol-style: beside its DRL, a rule folder holds case files
 * ({@code *.cas.txt}), each case a contract (a JSON file, changed line by line) and the findings
 * its report must hold and must not. {@link io.github.cls4j.rules.testing.RuleTests} reads them,
 * runs them on a {@link io.github.cls4j.rules.ContractValidator} and tells, for each rule, whether
 * some case makes it fire and some case spares it, on each side of its dates. The format is
 * described in {@link io.github.cls4j.rules.testing.RuleTests}; {@code cls test DIR} runs it.
 */
package io.github.cls4j.rules.testing;
