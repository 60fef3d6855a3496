package io.github.cls4j.core.contrat;

import jakarta.validation.constraints.NotBlank;

/**
 * An organisation that takes part in the contract without signing it.
 *
 * @param nom the organisation
 * @param type its kind
 * @param role what it does in the contract
 */
public record Partenaire(@NotBlank String nom, TypeOrganisation type, String role) {
}
