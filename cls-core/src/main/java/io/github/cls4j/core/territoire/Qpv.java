package io.github.cls4j.core.territoire;

import io.github.cls4j.core.code.CodeQpv;
import io.github.cls4j.core.code.WellFormed;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A quartier prioritaire de la politique de la ville inside the territory.
 *
 * <p>A QPV may be known by its name only, as press releases and délibérations often name it: its
 * code is then {@code null}, and no rule compares it with the codes of the actions or of the
 * official lists.
 *
 * @param code the QPV code, of the 2015 or 2024 generation, or {@code null} if not known
 * @param nom the name of the quartier
 * @param population its municipal population, if given
 */
public record Qpv(@WellFormed CodeQpv code, String nom, @PositiveOrZero Integer population) {
}
