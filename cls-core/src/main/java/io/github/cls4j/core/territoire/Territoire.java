package io.github.cls4j.core.territoire;

import io.github.cls4j.core.code.CodeCommune;
import io.github.cls4j.core.code.Siren;
import io.github.cls4j.core.code.WellFormed;
import io.github.cls4j.core.commun.Listes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * The territory a contract covers.
 *
 * <p>The three zonings are {@code Boolean}: {@code null} means the contract does not say.
 *
 * @param nom the name of the territory, e.g. "Communauté Urbaine d'Arras"
 * @param type its kind
 * @param siren the SIREN of the EPCI, PETR or commune that carries it, where it has one
 * @param communes the INSEE codes of its communes
 * @param population its municipal population
 * @param qpv the quartiers prioritaires de la politique de la ville inside it
 * @param zoneInterventionPrioritaire whether it is or contains a zone where care supply is
 *     insufficient or access to care difficult (CSP L1434-4 1°)
 * @param territoirePrioritairePraps whether the ARS lists it as a priority territory of its PRAPS
 * @param zoneRurale whether it is or contains rural zones (isolated rural areas)
 */
public record Territoire(
        @NotBlank String nom,
        @NotNull TypeTerritoire type,
        @WellFormed Siren siren,
        List<@NotNull @WellFormed CodeCommune> communes,
        @PositiveOrZero Integer population,
        List<@NotNull @Valid Qpv> qpv,
        Boolean zoneInterventionPrioritaire,
        Boolean territoirePrioritairePraps,
        Boolean zoneRurale) {

    /** Normalises the lists; checks nothing. */
    public Territoire {
        communes = Listes.copie(communes);
        qpv = Listes.copie(qpv);
    }
}
