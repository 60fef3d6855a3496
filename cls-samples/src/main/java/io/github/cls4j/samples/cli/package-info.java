/**
 * The {@code cls} command line (picocli). {@link io.github.cls4j.samples.cli.ClsCommand} is the
 * entry point of {@code cls.jar}; each sub-command is its own class ({@code validate}, {@code
 * rules}, {@code check-rules}, {@code show}), sharing the options of {@code ContractInputs} and
 * {@code RuleOptions}. A validation run gives one {@code Outcome} per input, which a {@code
 * ReportWriter} writes as text, JSON or HTML in the words of {@code Labels}; the HTML report and
 * {@code show} draw the contract as a {@code ContractOutline}.
 */
package io.github.cls4j.samples.cli;
