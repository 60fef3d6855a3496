package io.github.cls4j.rules.portfolio;

import io.github.cls4j.core.code.CodeCommune;
import io.github.cls4j.core.code.CodeQpv;
import java.util.List;
import java.util.Objects;

/**
 * A quartier prioritaire de la politique de la ville (QPV) of the reference data. A QPV may
 * straddle two communes, so it lists them all.
 *
 * @param code its code, e.g. {@code QN06201M} (2024 geography) or {@code QP062001} (2015)
 * @param nom its name
 * @param population its population, or {@code null} when not known
 * @param annee the year of that population, or {@code null}
 * @param communes the communes it lies in
 * @param source where the figure comes from
 */
public record QuartierPrioritaire(CodeQpv code, String nom, Long population, Integer annee, List<CodeCommune> communes,
        String source) {

    /** Checks that the code is given and copies the communes. */
    public QuartierPrioritaire {
        Objects.requireNonNull(code, "code");
        communes = communes == null ? List.of() : List.copyOf(communes);
    }
}
