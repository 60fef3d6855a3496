/**
 * The contract itself: {@link io.github.cls4j.core.contrat.ContratLocalSante}, the aggregate
 * root, with its signatories and partners, its diagnostic, its mental-health component, the
 * participation of inhabitants, its links to neighbouring schemes, its evaluations, avenants and
 * dérogations.
 */
package io.github.cls4j.core.contrat;
