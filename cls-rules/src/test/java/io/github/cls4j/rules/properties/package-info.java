/**
 * Property tests of the validator and of the JSON format on generated contracts, good and bad:
 * validation is deterministic (the same report twice, for an equal copy, and on eight threads),
 * writing then reading a contract gives it back, and every finding's path resolves to an element
 * of the contract or a property of one.
 *
 * <p>{@link io.github.cls4j.rules.properties.ContractCases} makes the contracts: a
 * {@code RandomContracts} contract, an example of the rule catalogue or a hand-written one, then
 * a few changes to its JSON tree that break constraints and rules (values removed, blank or
 * malformed, dates reversed, items duplicated or added empty) and, for the validator, sometimes
 * a {@code null} item that only a Java host can put in a list. {@link
 * io.github.cls4j.rules.properties.PropertyCheck} runs a property with a fixed seed per property
 * and shrinks a failing contract to a small one; {@link
 * io.github.cls4j.rules.properties.PathResolution} says precisely when a finding's path resolves.
 *
 * <p>The issue asked for jqwik for these tests, but from version 1.10 on jqwik's maintainers ask
 * that AI coding agents not use it (the "Anti-AI Usage Clause" of its user guide), and an AI coding
 * agent wrote this package: {@code PropertyCheck} gives the little of it these tests need. Whether
 * to move them onto jqwik is for the maintainers of cls4j to decide.
 */
package io.github.cls4j.rules.properties;
