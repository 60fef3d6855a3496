/**
 * Loads a rule set once and checks it whole before anything runs: the bundled executable model
 * ({@code BundledModel}) or DRL folders compiled at run time ({@code DrlFolder}), the profiles
 * ({@code Profiles}), the PRS reference data, whose facts each session sees for its contract ({@code PrsData}) and the
 * severity policy ({@code SeverityPolicy}: an error only for the law or
 * for data that cannot be true). {@code RuleSetLoader} gathers every problem, with its
 * {@code file:line}, into one {@link io.github.cls4j.rules.RuleCompilationException}. The top layer
 * of the internals; only {@link io.github.cls4j.rules.ContractValidator} calls it.
 */
package io.github.cls4j.rules.internal.load;
