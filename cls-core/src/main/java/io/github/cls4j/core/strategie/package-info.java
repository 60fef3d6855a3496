/**
 * The strategy of a contract: {@link io.github.cls4j.core.strategie.AxeStrategique} contains
 * {@link io.github.cls4j.core.strategie.Objectif}s, which contain {@link
 * io.github.cls4j.core.strategie.FicheAction}s, which carry {@link
 * io.github.cls4j.core.strategie.Indicateur}s; {@link io.github.cls4j.core.strategie.AxeTransversal}s
 * cut across them.
 *
 * <p>Axes, objectives and actions may cite the codes of the objectives of the regional health
 * project (PRS) they apply; the codes are those of the PRS reference data of {@code cls-rules}.
 */
package io.github.cls4j.core.strategie;
