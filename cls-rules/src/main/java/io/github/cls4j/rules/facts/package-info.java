/**
 * What rules see besides the contract and its elements, and how they report: the global
 * {@link io.github.cls4j.rules.facts.Findings}, the day of the check
 * ({@link io.github.cls4j.rules.facts.DateDuControle}), the regional parameters of the profile
 * ({@link io.github.cls4j.rules.facts.Parametre}), the PRS reference data
 * ({@link io.github.cls4j.rules.facts.ProjetRegionalSante}, {@link io.github.cls4j.rules.facts.ObjectifPrs})
 * and the territory as the official geography knows it on the contract's legal date
 * ({@link io.github.cls4j.rules.facts.EditionGeographique},
 * {@link io.github.cls4j.rules.facts.CommuneDuTerritoire},
 * {@link io.github.cls4j.rules.facts.EpciDuTerritoire}). Rule authors import these types in DRL;
 * their names are French, like the rest of the domain.
 */
package io.github.cls4j.rules.facts;
