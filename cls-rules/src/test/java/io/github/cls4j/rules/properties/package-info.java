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
 * <p>{@code PropertyCheck} gives the little of a property-based testing library these tests
 * need: seeded generation, tries, and shrinking. jqwik, the usual library, is not used: its terms
 * of use since version 1.10 (the usage clause of its user guide) exclude the way this project is
 * developed.
 */
package io.github.cls4j.rules.properties;
