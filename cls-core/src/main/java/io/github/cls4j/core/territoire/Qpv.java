package io.github.cls4j.core.territoire;

import io.github.cls4j.core.code.CodeQpv;
import io.github.cls4j.core.code.WellFormed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A quartier prioritaire de la politique de la ville inside the territory.
 *
 * @param code the QPV code, of the 2015 or 2024 generation
 * @param nom the name of the quartier
 * @param population its municipal population, if given
 */
public record Qpv(@NotNull @WellFormed CodeQpv code, String nom, @PositiveOrZero Integer population) {
}
