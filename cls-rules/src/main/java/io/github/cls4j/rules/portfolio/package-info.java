/**
 * The portfolio of an ARS: the contracts of a region measured together at an as-of date.
 *
 * <ul>
 *   <li>{@link io.github.cls4j.rules.portfolio.Coverage} tells what share of the region's
 *       communes, inhabitants, QPV and priority territories the contracts cover, by
 *       {@linkplain io.github.cls4j.rules.portfolio.Stade stage} and against the region's target,
 *       from {@link io.github.cls4j.rules.portfolio.TerritorialData}, the reference data of
 *       communes, QPV and PRAPS territories with their populations.</li>
 *   <li>{@link io.github.cls4j.rules.portfolio.IndicatorProgress#of(io.github.cls4j.core.contrat.ContratLocalSante,
 *       java.time.LocalDate) IndicatorProgress.of} gives, for each indicator of a contract, its
 *       baseline, target, last measurement, progress towards the target as a share and whether it
 *       follows a linear trajectory to its due date
 *       ({@link io.github.cls4j.rules.portfolio.IndicatorProgress.Trajectory}), or what it lacks to
 *       be judged ({@link io.github.cls4j.rules.portfolio.IndicatorProgress.Missing}).</li>
 * </ul>
 *
 * <p>{@link io.github.cls4j.rules.portfolio.Portfolio} measures a region's contracts together and
 * runs the portfolio checks ({@code CLS-POR-…}), rules of the catalogue like the others, whose
 * findings are about a {@linkplain io.github.cls4j.rules.Subject.Territory territory}. The package
 * uses the API only, as a host would.
 *
 * <p>Nothing here reads the clock: the as-of date is always the caller's. The figures have no legal
 * reference of their own: the sources ask for coverage and follow-up indicators but give no method
 * to compute them, and the choices made are written where they are made.
 */
package io.github.cls4j.rules.portfolio;
