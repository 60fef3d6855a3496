package io.github.cls4j.core.contrat;

import jakarta.validation.constraints.NotNull;

/**
 * A link between the contract and a neighbouring scheme of its territory.
 *
 * @param type the kind of scheme
 * @param nom its name, e.g. "Contrat de ville de la CUA 2024-2030"
 * @param modalite how they work together, e.g. "le CLS constitue le volet santé du contrat de ville"
 */
public record Articulation(@NotNull TypeDispositif type, String nom, String modalite) {
}
