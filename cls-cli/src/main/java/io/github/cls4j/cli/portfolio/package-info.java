/**
 * The reports of {@code cls portfolio}: what one run measured ({@link
 * io.github.cls4j.cli.portfolio.PortfolioRun}, the library's report of each region and the inputs
 * left out), written by a {@link io.github.cls4j.cli.portfolio.PortfolioWriter} as text, JSON or
 * HTML. The three formats lay a coverage out in the same rows ({@link
 * io.github.cls4j.cli.portfolio.CoverageRow}).
 *
 * <p>Every figure and share is the library's ({@code io.github.cls4j.rules.portfolio}); this
 * package only lays them out.
 */
package io.github.cls4j.cli.portfolio;
