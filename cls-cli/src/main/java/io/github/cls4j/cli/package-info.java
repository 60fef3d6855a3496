/**
 * The {@code cls} command line (picocli). {@link io.github.cls4j.cli.ClsCommand} is the
 * entry point of {@code cls.jar}; each sub-command is its own class ({@code validate}, {@code
 * portfolio}, {@code rules}, {@code check-rules}, {@code show}), sharing the options of {@code
 * ContractInputs}, {@code RuleOptions} and {@code ProfileOption}. A validation run gives one {@code
 * Outcome} per input, which a {@code ReportWriter} writes as text, JSON or HTML in the words of
 * {@code Labels}; a portfolio run gives a {@code PortfolioRun} (one library {@code PortfolioReport}
 * per region), which a {@code PortfolioWriter} writes in the same three formats. The HTML reports
 * share the page frame and escaping of {@code Html}, and {@code validate}'s HTML report and {@code
 * show} draw the contract as a {@code ContractOutline}.
 */
package io.github.cls4j.cli;
