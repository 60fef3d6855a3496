/**
 * The domain model of a Contrat Local de Santé (CLS), the contract by which an Agence Régionale
 * de Santé and a local authority apply the regional health project (PRS) on a territory
 * (Code de la santé publique, art. L1434-10 IV).
 *
 * <p>The aggregate root is {@link io.github.cls4j.core.contrat.ContratLocalSante}. The model
 * only holds what a contract says: every record can be built from an incomplete or illegal
 * contract, so that the rules of {@code cls-rules} can report on it. Structural constraints
 * (required fields, code formats, date order) are Jakarta Bean Validation annotations that any
 * host {@link jakarta.validation.Validator} can check. The JSON format is read and written by
 * {@link io.github.cls4j.core.json.ContractJson}.
 *
 * <p>This module depends on no rule engine.
 */
package io.github.cls4j.core;
