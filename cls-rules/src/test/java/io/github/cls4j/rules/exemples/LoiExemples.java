package io.github.cls4j.rules.exemples;

import static io.github.cls4j.rules.exemples.Exemples.ars;
import static io.github.cls4j.rules.exemples.Exemples.cua;
import static io.github.cls4j.rules.exemples.Exemples.prefet;

import io.github.cls4j.core.commun.Periode;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.Deliberation;
import io.github.cls4j.core.contrat.Diagnostic;
import io.github.cls4j.core.contrat.Participation;
import io.github.cls4j.core.contrat.Signataire;
import io.github.cls4j.core.contrat.StatutContrat;
import io.github.cls4j.core.contrat.TypeOrganisation;
import io.github.cls4j.core.contrat.VoletSanteMentale;
import io.github.cls4j.core.strategie.AxeStrategique;
import io.github.cls4j.core.strategie.ChampLegal;
import io.github.cls4j.core.strategie.FicheAction;
import io.github.cls4j.core.strategie.Objectif;
import io.github.cls4j.core.strategie.PerimetreAction;
import io.github.cls4j.core.territoire.Territoire;
import io.github.cls4j.core.territoire.TypeTerritoire;
import java.time.LocalDate;
import java.util.List;

/** Examples of the rules of the law: CSP art. L1434-10 IV and the 3DS law. */
final class LoiExemples {

    static final LocalDate LOI_3DS = LocalDate.of(2022, 2, 23);

    private LoiExemples() {
    }

    /** The contract signed on {@code day}, for five years from the next month. */
    static ContratLocalSante.Builder signeLe(ContratLocalSante.Builder c, LocalDate day) {
        return c.dateSignature(day).dateCharte(day.minusYears(1))
                .signataires(signe(ars(), day), signe(cua(), day.minusDays(1)), signe(prefet(), day))
                .periode(Periode.du(day.plusMonths(1).withDayOfMonth(1), day.plusMonths(1).withDayOfMonth(1).plusYears(5).minusDays(1)))
                .diagnostic(new Diagnostic(day.minusMonths(6), "ORS", true, List.of(), List.of()));
    }

    static Signataire signe(Signataire s, LocalDate day) {
        return new Signataire(s.nom(), s.type(), s.siren(), s.representant(), day,
                s.deliberation() == null ? null : new Deliberation(s.deliberation().reference(), day.minusDays(20)),
                s.engagements());
    }

    static void define(Catalogue catalogue) {
        catalogue.regle("CLS-LEG-01")
                .declenche("la collectivité et le préfet signent, pas l'ARS", c -> c.signataires(cua(), prefet()), "signataires")
                .epargne("l'ARS signe", c -> c);
        catalogue.regle("CLS-LEG-02")
                .declenche("l'ARS et le préfet signent, aucune collectivité", c -> c.signataires(ars(), prefet()), "signataires")
                .epargne("un EPCI signe", c -> c);
        Signataire cpts = new Signataire("CPTS de l'Artois", TypeOrganisation.CPTS, null, null, Exemples.SIGNATURE, null, List.of());
        catalogue.regle("CLS-LEG-12")
                .declenche("seules l'ARS et une CPTS signent", c -> c.signataires(ars(), cpts), "signataires")
                .epargne("l'ARS, une CPTS et la collectivité signent", c -> c.signataires(ars(), cpts, cua()));
        catalogue.regle("CLS-LEG-03")
                .declenche("signé le 23 février 2022 sans volet santé mentale", c -> signeLe(c, LOI_3DS).voletSanteMentale(null), "voletSanteMentale")
                .epargne("signé le 22 février 2022 sans volet santé mentale", c -> signeLe(c, LOI_3DS.minusDays(1)).voletSanteMentale(null))
                .epargne("signé le 23 février 2022 avec son volet", c -> signeLe(c, LOI_3DS))
                .epargne("en préparation sans volet", c -> c.statut(StatutContrat.ELABORATION).voletSanteMentale(null));
        catalogue.regle("CLS-LEG-04")
                .declenche("signé le 22 février 2022, en cours, sans volet", c -> signeLe(c, LOI_3DS.minusDays(1)).voletSanteMentale(null), "voletSanteMentale")
                .epargne("signé le 23 février 2022 sans volet : la règle CLS-LEG-03 s'applique", c -> signeLe(c, LOI_3DS).voletSanteMentale(null))
                .epargne("signé le 22 février 2022 et terminé au jour du contrôle", c -> signeLe(c, LOI_3DS.minusDays(1)).voletSanteMentale(null)
                        .periode(Periode.du(LocalDate.of(2022, 3, 1), LocalDate.of(2025, 2, 28))));
        VoletSanteMentale sansPtsm = new VoletSanteMentale("Axe 2", List.of("A2"), " ", "CLSM d'Arras");
        catalogue.regle("CLS-LEG-05")
                .declenche("signé le 23 février 2022, volet sans PTSM", c -> signeLe(c, LOI_3DS).voletSanteMentale(sansPtsm), "voletSanteMentale.ptsm")
                .epargne("signé le 22 février 2022, volet sans PTSM", c -> signeLe(c, LOI_3DS.minusDays(1)).voletSanteMentale(sansPtsm))
                .epargne("le volet nomme le PTSM", c -> c);
        catalogue.regle("CLS-CYC-03")
                .declenche("en élaboration sans volet santé mentale", c -> c.statut(StatutContrat.ELABORATION).dateSignature(null).voletSanteMentale(null), "voletSanteMentale")
                .epargne("en élaboration avec son volet", c -> c.statut(StatutContrat.ELABORATION).dateSignature(null))
                .auJour(LOI_3DS)
                .declenche("en élaboration sans volet, jugé le 23 février 2022", c -> c.statut(StatutContrat.ELABORATION).dateSignature(null).voletSanteMentale(null), "voletSanteMentale")
                .auJour(LOI_3DS.minusDays(1))
                .epargne("en élaboration sans volet, jugé le 22 février 2022", c -> c.statut(StatutContrat.ELABORATION).dateSignature(null).voletSanteMentale(null));
        FicheAction f = Exemples.fiche("FA-X", new PerimetreAction(true, List.of(), List.of()));
        FicheAction sansChamp = new FicheAction(f.code(), f.intitule(), null, f.porteur(), List.of(), f.publicsCibles(), f.perimetre(),
                f.calendrier(), f.financements(), List.of(), List.of(), List.of(), null, f.indicateurs());
        AxeStrategique axeSansChamp = new AxeStrategique("A3", "Axe sans champ", List.of(), List.of(), List.of("HDF-COS-1"),
                List.of(new Objectif("3.1", "Objectif", List.of(), List.of(), List.of(sansChamp))));
        AxeStrategique axeAvecChamp = new AxeStrategique("A3", "Axe", List.of(), List.of(ChampLegal.SOCIAL), List.of("HDF-COS-1"),
                List.of(new Objectif("3.1", "Objectif", List.of(), List.of(), List.of(sansChamp))));
        catalogue.regle("CLS-LEG-06")
                .declenche("ni la fiche ni son axe n'ont de champ", c -> c.axes(axeSansChamp), "axes[0].objectifs[0].fichesAction[0].champs")
                .epargne("la fiche tient son champ de son axe", c -> c.axes(axeAvecChamp));
        catalogue.regle("CLS-LEG-10")
                .declenche("signé le 23 février 2022 sans participation", c -> signeLe(c, LOI_3DS).participation(null), "participation")
                .epargne("signé le 22 février 2022 sans participation", c -> signeLe(c, LOI_3DS.minusDays(1)).participation(null))
                .epargne("les habitants participent", c -> c);
        Participation sansPublicsDeLaLoi = new Participation(List.of("conseil citoyen"), true, true, false, false, false);
        catalogue.regle("CLS-LEG-13")
                .declenche("signé le 23 février 2022, la participation n'associe aucun des publics de la loi", c -> signeLe(c, LOI_3DS).participation(sansPublicsDeLaLoi), "participation")
                .epargne("signé le 22 février 2022", c -> signeLe(c, LOI_3DS.minusDays(1)).participation(sansPublicsDeLaLoi))
                .epargne("les personnes en précarité participent", c -> c);
        Territoire horsZone = new Territoire("Commune aisée", TypeTerritoire.COMMUNAUTE_URBAINE, Exemples.territoire().siren(),
                Exemples.territoire().communes(), 20000, List.of(), false, false, false);
        catalogue.regle("CLS-LEG-11")
                .declenche("signé le 23 février 2022 : ni zone prioritaire, ni PRAPS, ni QPV", c -> signeLe(c, LOI_3DS).territoire(horsZone).axes(Exemples.axe("A1", "HDF-COS-3",
                        Exemples.fiche("FA-1", new PerimetreAction(true, List.of(), List.of())))), "territoire")
                .epargne("signé le 22 février 2022", c -> signeLe(c, LOI_3DS.minusDays(1)).territoire(horsZone))
                .epargne("le territoire compte un QPV", c -> c);
    }
}
