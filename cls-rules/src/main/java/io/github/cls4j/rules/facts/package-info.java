/**
 * What rules see besides the contract and its elements, and how they report: the global
 * {@link io.github.cls4j.rules.facts.Findings}, the day of the check
 * ({@link io.github.cls4j.rules.facts.DateDuControle}) and the regional parameters of the profile
 * ({@link io.github.cls4j.rules.facts.Parametre}). Rule authors import these types in DRL; their
 * names are French, like the rest of the domain.
 */
package io.github.cls4j.rules.facts;
