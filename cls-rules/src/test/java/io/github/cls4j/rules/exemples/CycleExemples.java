package io.github.cls4j.rules.exemples;

import static io.github.cls4j.rules.exemples.Exemples.ars;
import static io.github.cls4j.rules.exemples.Exemples.cua;
import static io.github.cls4j.rules.exemples.Exemples.prefet;

import io.github.cls4j.core.commun.Periode;
import io.github.cls4j.core.contrat.Avenant;
import io.github.cls4j.core.contrat.Diagnostic;
import io.github.cls4j.core.contrat.Evaluation;
import io.github.cls4j.core.contrat.StatutContrat;
import io.github.cls4j.core.contrat.TypeEvaluation;
import java.time.LocalDate;
import java.util.List;

/** Examples of the rules of the life cycle: charte, signature, diagnostic, evaluation, avenants, renewal. */
final class CycleExemples {

    private CycleExemples() {
    }

    static Evaluation evaluation(TypeEvaluation type, LocalDate date) {
        return new Evaluation(type, date, "Coordination", List.of(), List.of());
    }

    static Avenant avenant(LocalDate date, LocalDate nouvelleFin) {
        return new Avenant(1, date, "Avenant", nouvelleFin, List.of(ars(), cua(), prefet()));
    }

    static void define(Catalogue catalogue) {
        catalogue.regle("CLS-CYC-01")
                .declenche("une charte sans date", c -> c.statut(StatutContrat.ENGAGEMENT).dateCharte(null).dateSignature(null), "dateCharte")
                .epargne("une charte datée", c -> c.statut(StatutContrat.ENGAGEMENT).dateSignature(null))
                .epargne("un contrat signé sans date de charte n'est pas une charte", c -> c.dateCharte(null))
                .profil("national")
                .epargne("hors Hauts-de-France, la charte n'est pas attendue", c -> c.statut(StatutContrat.ENGAGEMENT).dateCharte(null).dateSignature(null));
        catalogue.regle("CLS-CYC-02")
                .declenche("une charte sans orientation", c -> c.statut(StatutContrat.ENGAGEMENT).dateSignature(null).axes(List.of()), "axes")
                .epargne("une charte avec ses orientations", c -> c.statut(StatutContrat.ENGAGEMENT).dateSignature(null))
                .profil("national")
                .epargne("hors Hauts-de-France, la charte n'est pas attendue", c -> c.statut(StatutContrat.ENGAGEMENT).dateSignature(null).axes(List.of()));
        catalogue.regle("CLS-STR-13")
                .declenche("en Hauts-de-France, un contrat signé sans charte", c -> c.dateCharte(null), "dateCharte")
                .declenche("en Hauts-de-France, une charte datée après la signature", c -> c.dateCharte(Exemples.SIGNATURE.plusDays(1)), "dateCharte")
                .epargne("la charte précède la signature", c -> c)
                .profil("national")
                .epargne("le profil national n'attend pas de charte", c -> c.dateCharte(null));
        catalogue.regle("CLS-CYC-04")
                .declenche("un contrat en cours sans date de signature", c -> c.dateSignature(null), "dateSignature")
                .epargne("un contrat en élaboration n'a pas encore de date de signature", c -> c.statut(StatutContrat.ELABORATION).dateSignature(null))
                .epargne("un contrat en cours daté", c -> c);
        catalogue.regle("CLS-STR-03")
                .declenche("un contrat en cours sans fin", c -> c.periode(new Periode(LocalDate.of(2024, 4, 1), null)), "periode")
                .declenche("un contrat en cours sans période", c -> c.periode(null), "periode")
                .epargne("un contrat en cours avec sa période", c -> c);
        catalogue.regle("CLS-STR-15").profil("normandie")
                .declenche("2 ans et 364 jours", c -> c.periode(Periode.du(LocalDate.of(2024, 4, 1), LocalDate.of(2027, 3, 30))), "periode")
                .epargne("3 ans exactement", c -> c.periode(Periode.du(LocalDate.of(2024, 4, 1), LocalDate.of(2027, 3, 31))))
                .epargne("5 ans exactement", c -> c.periode(Periode.du(LocalDate.of(2024, 4, 1), LocalDate.of(2029, 3, 31))))
                .declenche("5 ans et un jour", c -> c.periode(Periode.du(LocalDate.of(2024, 4, 1), LocalDate.of(2029, 4, 1))), "periode")
                .profil("provence-alpes-cote-d-azur")
                .declenche("en PACA, 4 ans et 9 mois", c -> c, "periode")
                .declenche("en PACA, 4 ans et 9 mois prolongés par avenant jusqu'à 7 ans", c -> c.avenants(avenant(LocalDate.of(2027, 6, 1), LocalDate.of(2031, 3, 31))), "periode")
                .profil("hauts-de-france")
                .epargne("en Hauts-de-France, la durée suit le PRS (pas de bornes)", c -> c.periode(Periode.du(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31))))
                .profil("national")
                .epargne("aucune durée nationale", c -> c.periode(Periode.du(LocalDate.of(2024, 4, 1), LocalDate.of(2027, 3, 30))));
        catalogue.regle("CLS-STR-01")
                .declenche("un contrat signé sans diagnostic", c -> c.diagnostic(null), "diagnostic")
                .epargne("un contrat avec son diagnostic", c -> c)
                .epargne("un contrat en phase de diagnostic", c -> c.statut(StatutContrat.DIAGNOSTIC).dateSignature(null).diagnostic(null));
        catalogue.regle("CLS-STR-18")
                .declenche("le diagnostic est daté le lendemain de la signature", c -> c.diagnostic(new Diagnostic(Exemples.SIGNATURE.plusDays(1), null, null, null, null)), "diagnostic.date")
                .epargne("le diagnostic est daté le jour de la signature", c -> c.diagnostic(new Diagnostic(Exemples.SIGNATURE, null, null, null, null)));
        catalogue.regle("CLS-STR-02")
                .declenche("le diagnostic a 5 ans et un jour à la signature", c -> c.diagnostic(new Diagnostic(Exemples.SIGNATURE.minusYears(5).minusDays(1), null, null, null, null)), "diagnostic.date")
                .epargne("le diagnostic a 5 ans tout juste", c -> c.diagnostic(new Diagnostic(Exemples.SIGNATURE.minusYears(5), null, null, null, null)));
        catalogue.regle("CLS-CYC-05")
                .declenche("prolongé par avenant, l'année de la prolongation compte", c -> c.periode(Periode.du(LocalDate.of(2021, 4, 1), LocalDate.of(2025, 12, 31)))
                        .avenants(avenant(LocalDate.of(2025, 6, 1), LocalDate.of(2027, 12, 31))), "evaluations")
                .declenche("une seule évaluation annuelle pour deux années écoulées", c -> c.evaluations(evaluation(TypeEvaluation.ANNUELLE, LocalDate.of(2025, 4, 30))), "evaluations")
                .epargne("une évaluation par année écoulée", c -> c)
                .auJour(LocalDate.of(2026, 3, 31))
                .epargne("la veille du deuxième anniversaire, une évaluation suffit", c -> c.evaluations(evaluation(TypeEvaluation.ANNUELLE, LocalDate.of(2025, 4, 30))))
                .auJour(LocalDate.of(2026, 4, 1))
                .declenche("le jour du deuxième anniversaire, il en faut deux", c -> c.evaluations(evaluation(TypeEvaluation.ANNUELLE, LocalDate.of(2025, 4, 30))), "evaluations")
                .auJour(LocalDate.of(2029, 1, 1))
                .epargne("le contrat terminé relève de son évaluation finale", c -> c.evaluations(List.of()))
                .auJour(null)
                .epargne("sans date de contrôle, rien n'est dû", c -> c.evaluations(List.of()));
        catalogue.regle("CLS-CYC-06")
                .auJour(LocalDate.of(2029, 1, 1))
                .declenche("le lendemain de la fin, sans évaluation finale", c -> c, "evaluations")
                .epargne("un avenant le prolonge jusqu'en 2029", c -> c.avenants(avenant(LocalDate.of(2028, 6, 1), LocalDate.of(2029, 12, 31))))
                .epargne("avec son évaluation finale", c -> c.evaluations(evaluation(TypeEvaluation.FINALE, LocalDate.of(2028, 11, 30))))
                .auJour(LocalDate.of(2028, 12, 31))
                .epargne("le dernier jour du contrat", c -> c);
        catalogue.regle("CLS-STR-12")
                .declenche("un avenant daté la veille de la signature", c -> c.avenants(avenant(Exemples.SIGNATURE.minusDays(1), null)), "avenants[0].date")
                .epargne("un avenant daté le jour de la signature, avant le début", c -> c.avenants(avenant(Exemples.SIGNATURE, null)))
                .epargne("un avenant daté après la fin relève de CLS-CYC-08", c -> c.avenants(avenant(LocalDate.of(2029, 1, 1), null)));
        catalogue.regle("CLS-CYC-08")
                .declenche("un avenant daté le lendemain de la fin du contrat", c -> c.avenants(avenant(LocalDate.of(2029, 1, 1), null)), "avenants[0].date")
                .epargne("un avenant daté le dernier jour", c -> c.avenants(avenant(LocalDate.of(2028, 12, 31), null)))
                .epargne("un second avenant daté dans la prolongation du premier", c -> c.avenants(
                        avenant(LocalDate.of(2028, 6, 1), LocalDate.of(2029, 12, 31)), avenant(LocalDate.of(2029, 3, 1), null)));
        catalogue.regle("CLS-CYC-07")
                .declenche("le préfet ne signe pas l'avenant", c -> c.avenants(new Avenant(1, LocalDate.of(2025, 6, 1), "Ajout", null, List.of(ars(), cua()))), "avenants[0].signataires")
                .epargne("tous les signataires signent l'avenant", c -> c.avenants(avenant(LocalDate.of(2025, 6, 1), null)))
                .epargne("les signataires de l'avenant ne sont pas connus", c -> c.avenants(new Avenant(1, LocalDate.of(2025, 6, 1), "Ajout", null, null)));
        catalogue.regle("CLS-STR-11")
                .declenche("un contrat de deuxième génération ne désigne pas le précédent", c -> c.renouvelle(null), "renouvelle")
                .epargne("il désigne le contrat qu'il renouvelle", c -> c)
                .epargne("un contrat de première génération", c -> c.generation(1).renouvelle(null));
    }
}
