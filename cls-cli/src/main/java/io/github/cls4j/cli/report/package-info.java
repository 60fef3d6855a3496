/**
 * The reports of {@code cls validate}: one {@link io.github.cls4j.cli.report.Outcome} per input (a
 * validated contract, or an input that could not be used), written by a {@link
 * io.github.cls4j.cli.report.ReportWriter} as text, JSON or HTML. The HTML report draws each
 * contract as a {@link io.github.cls4j.cli.report.ContractOutline}, which {@code cls show} prints
 * too.
 *
 * <p>Apart from the portfolio's writers because they write another thing: a validation's findings
 * per contract, not a region's figures.
 */
package io.github.cls4j.cli.report;
