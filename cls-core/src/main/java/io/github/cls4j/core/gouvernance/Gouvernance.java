package io.github.cls4j.core.gouvernance;

import jakarta.validation.Valid;

/**
 * The steering bodies of the contract.
 *
 * @param comitePilotage the strategic committee, with the signatories
 * @param comiteTechnique the technical committee or working groups
 * @param coordination the coordinator's post
 */
public record Gouvernance(
        @Valid Comite comitePilotage, @Valid Comite comiteTechnique, @Valid Coordination coordination) {
}
