/**
 * How a contract is steered: {@link io.github.cls4j.core.gouvernance.Gouvernance} groups the
 * comité de pilotage, the comité technique ({@link io.github.cls4j.core.gouvernance.Comite}) and
 * the {@link io.github.cls4j.core.gouvernance.Coordination} (coordinator, time, employer, and the
 * funders' shares of the post).
 */
package io.github.cls4j.core.gouvernance;
