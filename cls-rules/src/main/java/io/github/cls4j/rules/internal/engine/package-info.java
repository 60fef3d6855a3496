/**
 * The engine that runs a validation: an immutable {@code RuleSet} (the compiled parts, the
 * metadata and texts of every rule, the profiles, the reference facts) hands a
 * {@code ValidationRun} what it needs, and the run puts the contract's elements in a pooled
 * Drools session of each part, fires the rules whose law applies on the contract's legal date
 * ({@code LegalDate}), and makes the findings ({@code FindingFactory}). A consequence that throws
 * is caught by {@code RuleFailureHandler} and reported, never hidden. Depends on {@code rule},
 * {@code text}, {@code structure} and {@code data}; nothing here reaches back into the loader.
 */
package io.github.cls4j.rules.internal.engine;
