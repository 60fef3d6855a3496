package io.github.cls4j.rules.exemples;

import io.github.cls4j.core.code.CodeRegion;
import io.github.cls4j.core.commun.Periode;
import io.github.cls4j.core.gouvernance.Comite;
import io.github.cls4j.core.gouvernance.Gouvernance;
import io.github.cls4j.core.gouvernance.PartFinancement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Examples of the structure of the contract: the Bean Validation constraints and the coherence of dates. */
final class StructureExemples {

    private StructureExemples() {
    }

    static void define(Catalogue catalogue) {
        catalogue.regle("CLS-STRUCT-NOT-NULL")
                .declenche("un contrat sans statut", c -> c.statut(null), "statut")
                .epargne("un contrat avec son statut", c -> c);
        catalogue.regle("CLS-STRUCT-NOT-BLANK")
                .declenche("un contrat sans intitulé", c -> c.intitule(" "), "intitule")
                .epargne("un contrat avec son intitulé", c -> c);
        catalogue.regle("CLS-STRUCT-POSITIVE")
                .declenche("une génération 0", c -> c.generation(0), "generation")
                .epargne("une génération 1", c -> c.generation(1).renouvelle(null));
        catalogue.regle("CLS-STRUCT-POSITIVE-OR-ZERO")
                .declenche("un comité qui se réunit -1 fois par an", c -> c.gouvernance(new Gouvernance(
                        new Comite(List.of(), List.of(Exemples.ARS, Exemples.CUA), -1), null, Exemples.conforme().gouvernance().coordination())),
                        "gouvernance.comitePilotage.reunionsParAn")
                .epargne("un comité qui se réunit deux fois par an", c -> c);
        catalogue.regle("CLS-STRUCT-DECIMAL-MAX")
                .declenche("une part de financement de 101 %", c -> c.gouvernance(GouvernanceExemples.coordination(
                        new PartFinancement(Exemples.ARS, new BigDecimal("101"), null))), "gouvernance.coordination.financements[0].pourcentage")
                .epargne("une part de 100 %", c -> c.gouvernance(GouvernanceExemples.coordination(GouvernanceExemples.part(Exemples.ARS, 100))));
        catalogue.regle("CLS-STRUCT-WELL-FORMED")
                .declenche("un code région inconnu", c -> c.region(CodeRegion.of("99")), "region")
                .epargne("le code des Hauts-de-France", c -> c);
        catalogue.regle("CLS-COH-01")
                .declenche("un contrat qui finit le jour où il commence", c -> c.periode(Periode.du(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 1))), "periode")
                .epargne("un contrat qui finit le lendemain", c -> c.periode(Periode.du(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 2))));
        catalogue.regle("CLS-COH-02")
                .declenche("une fiche qui finit la veille de son début", c -> c.axes(ActionExemples.axes(
                        ActionExemples.calendrier(Periode.du(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1))))), "axes[0].objectifs[0].fichesAction[0].calendrier")
                .epargne("une fiche d'un seul jour", c -> c.axes(ActionExemples.axes(
                        ActionExemples.calendrier(Periode.du(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1))))));
    }
}
