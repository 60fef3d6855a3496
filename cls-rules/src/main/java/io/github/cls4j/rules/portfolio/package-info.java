/**
 * Where the contracts of a portfolio stand at an as-of date. {@link
 * io.github.cls4j.rules.portfolio.IndicatorProgress#of(io.github.cls4j.core.contrat.ContratLocalSante,
 * java.time.LocalDate) IndicatorProgress.of} gives, for each indicator of a contract, its baseline,
 * target, last measurement, progress towards the target as a share and whether it follows a linear
 * trajectory to its due date ({@link io.github.cls4j.rules.portfolio.IndicatorProgress.Trajectory}),
 * or what it lacks to be judged ({@link io.github.cls4j.rules.portfolio.IndicatorProgress.Missing}).
 *
 * <p>Nothing here reads the clock: the as-of date is always the caller's. Nothing here is a rule
 * either: these are figures, with no finding and no legal reference, since the sources ask for
 * follow-up indicators but give no method to judge them.
 */
package io.github.cls4j.rules.portfolio;
