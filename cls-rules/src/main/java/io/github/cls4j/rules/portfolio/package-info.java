/**
 * The portfolio of an ARS: many contracts of one region measured together at an as-of date.
 * {@link io.github.cls4j.rules.portfolio.Coverage} tells what share of the region's communes,
 * inhabitants, QPV and priority territories the contracts cover, against the region's target,
 * from {@link io.github.cls4j.rules.portfolio.TerritorialData}, the reference data of communes,
 * QPV and PRAPS territories with their populations.
 */
package io.github.cls4j.rules.portfolio;
