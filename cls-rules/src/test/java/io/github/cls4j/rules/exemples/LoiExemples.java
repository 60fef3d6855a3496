package io.github.cls4j.rules.exemples;

import static io.github.cls4j.rules.exemples.Exemples.ars;
import static io.github.cls4j.rules.exemples.Exemples.cua;
import static io.github.cls4j.rules.exemples.Exemples.prefet;

import io.github.cls4j.core.commun.Periode;
import io.github.cls4j.core.contrat.Articulation;
import io.github.cls4j.core.contrat.Avenant;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.Deliberation;
import io.github.cls4j.core.contrat.Diagnostic;
import io.github.cls4j.core.contrat.Participation;
import io.github.cls4j.core.contrat.Signataire;
import io.github.cls4j.core.contrat.StatutContrat;
import io.github.cls4j.core.contrat.TypeDispositif;
import io.github.cls4j.core.contrat.TypeOrganisation;
import io.github.cls4j.core.contrat.VoletSanteMentale;
import io.github.cls4j.core.strategie.AxeStrategique;
import io.github.cls4j.core.strategie.ChampLegal;
import io.github.cls4j.core.strategie.FicheAction;
import io.github.cls4j.core.strategie.Objectif;
import io.github.cls4j.core.strategie.PerimetreAction;
import io.github.cls4j.core.strategie.Thematique;
import io.github.cls4j.core.territoire.Territoire;
import io.github.cls4j.core.territoire.TypeTerritoire;
import java.time.LocalDate;
import java.util.List;

/** Examples of the rules of the law: CSP art. L1434-10 IV and the 3DS law. */
final class LoiExemples {

    static final LocalDate LOI_3DS = LocalDate.of(2022, 2, 23);
    /** The day loi n° 2016-41 moved the CLS to L1434-10 IV and added the social field. */
    static final LocalDate LMSS = LocalDate.of(2016, 1, 28);

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
                .epargne("l'ARS signe", c -> c)
                .epargne("un contrat de préfiguration n'est pas encore le CLS", c -> c.statut(StatutContrat.PREFIGURATION).signataires(cua()))
                .epargne("un projet en élaboration n'a pas encore de signataire", c -> c.statut(StatutContrat.ELABORATION).signataires());
        Signataire com = new Signataire("Collectivité de Saint-Martin", TypeOrganisation.COLLECTIVITE_OUTRE_MER, null, null, Exemples.SIGNATURE, null, List.of());
        Signataire ccas = new Signataire("CCAS d'Arras", TypeOrganisation.CCAS, null, null, Exemples.SIGNATURE, null, List.of());
        catalogue.regle("CLS-LEG-02")
                .declenche("l'ARS et le préfet signent, aucune collectivité", c -> c.signataires(ars(), prefet()), "signataires")
                .declenche("l'ARS et le CCAS signent : un CCAS n'est pas une collectivité", c -> c.signataires(ars(), ccas), "signataires")
                .epargne("un EPCI signe", c -> c)
                .epargne("une collectivité d'outre-mer signe", c -> c.signataires(ars(), com))
                .epargne("un syndicat mixte signe", c -> c.signataires(ars(), new Signataire("Syndicat mixte du Pays", TypeOrganisation.SYNDICAT_MIXTE,
                        null, null, Exemples.SIGNATURE, null, List.of())));
        Signataire cpts = new Signataire("CPTS de l'Artois", TypeOrganisation.CPTS, null, null, Exemples.SIGNATURE, null, List.of());
        catalogue.regle("CLS-LEG-12")
                .declenche("seules l'ARS et une CPTS signent", c -> c.signataires(ars(), cpts), "signataires")
                .epargne("l'ARS, une CPTS et la collectivité signent", c -> c.signataires(ars(), cpts, cua()));
        catalogue.regle("CLS-LEG-03")
                .declenche("signé le 23 février 2022 sans volet santé mentale", c -> signeLe(c, LOI_3DS).voletSanteMentale(null), "voletSanteMentale")
                .declenche("sans date de signature, conclu le 23 février 2022 par la dernière signature", c -> signeLe(c, LOI_3DS).dateSignature(null)
                        .voletSanteMentale(null), "voletSanteMentale")
                .epargne("signé le 22 février 2022 sans volet santé mentale", c -> signeLe(c, LOI_3DS.minusDays(1)).voletSanteMentale(null))
                .epargne("signé le 22 février 2022 sans volet, modifié par un avenant du 1er mars 2022", c -> signeLe(c, LOI_3DS.minusDays(1))
                        .voletSanteMentale(null).avenants(new Avenant(1, LocalDate.of(2022, 3, 1), "Nouvelle action", null, null)))
                .epargne("signé le 23 février 2022 avec son volet", c -> signeLe(c, LOI_3DS))
                .epargne("sans volet, mais un axe de santé mentale", c -> signeLe(c, LOI_3DS).voletSanteMentale(null).axes(axeSanteMentale()))
                .epargne("sans volet, mais un CLSM lié", c -> signeLe(c, LOI_3DS).voletSanteMentale(null)
                        .articulations(new Articulation(TypeDispositif.CLSM, "CLSM d'Arras", null)))
                .epargne("en préparation sans volet", c -> c.statut(StatutContrat.ELABORATION).voletSanteMentale(null))
                .epargne("conclu sans aucune date connue : la loi applicable n'est pas connue", c -> c.dateSignature(null).periode(null)
                        .signataires(new Signataire(Exemples.ARS, TypeOrganisation.ARS, null, null, null, null, List.of()))
                        .voletSanteMentale(null));
        catalogue.regle("CLS-LEG-14")
                .declenche("signé le 22 février 2022 sans volet, avenant du 23 février 2022", c -> signeLe(c, LOI_3DS.minusDays(1))
                        .voletSanteMentale(null).avenants(new Avenant(1, LOI_3DS, "Nouvelle action", null, null)), "avenants[0].date")
                .epargne("signé le 22 février 2022 sans volet, avenant du 22 février 2022", c -> signeLe(c, LOI_3DS.minusDays(1))
                        .voletSanteMentale(null).avenants(new Avenant(1, LOI_3DS.minusDays(1), "Nouvelle action", null, null)))
                .epargne("signé le 23 février 2022 sans volet, avenant du 24 : CLS-LEG-03 s'applique", c -> signeLe(c, LOI_3DS)
                        .voletSanteMentale(null).avenants(new Avenant(1, LOI_3DS.plusDays(1), "Nouvelle action", null, null)))
                .epargne("signé le 22 février 2022 avec son volet, avenant du 23", c -> signeLe(c, LOI_3DS.minusDays(1))
                        .avenants(new Avenant(1, LOI_3DS, "Nouvelle action", null, null)));
        catalogue.regle("CLS-LEG-04")
                .declenche("signé le 22 février 2022, en cours, sans volet", c -> signeLe(c, LOI_3DS.minusDays(1)).voletSanteMentale(null), "voletSanteMentale")
                .declenche("terminé le 28 février 2025 mais prolongé par avenant, en cours au jour du contrôle", c -> signeLe(c, LOI_3DS.minusDays(1))
                        .voletSanteMentale(null).periode(Periode.du(LocalDate.of(2022, 3, 1), LocalDate.of(2025, 2, 28)))
                        .avenants(new Avenant(1, LocalDate.of(2024, 12, 1), "Prolongation", LocalDate.of(2027, 2, 28), null)), "voletSanteMentale")
                .epargne("signé le 23 février 2022 sans volet : la règle CLS-LEG-03 s'applique", c -> signeLe(c, LOI_3DS).voletSanteMentale(null))
                .epargne("signé le 22 février 2022 et terminé au jour du contrôle", c -> signeLe(c, LOI_3DS.minusDays(1)).voletSanteMentale(null)
                        .periode(Periode.du(LocalDate.of(2022, 3, 1), LocalDate.of(2025, 2, 28))))
                .auJour(LocalDate.of(2022, 2, 22))
                .epargne("contrôlé le 22 février 2022, avant que la loi existe", c -> signeLe(c, LocalDate.of(2019, 5, 10)).voletSanteMentale(null)
                        .periode(Periode.du(LocalDate.of(2019, 6, 1), LocalDate.of(2024, 5, 31))))
                .auJour(LocalDate.of(2022, 2, 23))
                .declenche("contrôlé le 23 février 2022", c -> signeLe(c, LocalDate.of(2019, 5, 10)).voletSanteMentale(null)
                        .periode(Periode.du(LocalDate.of(2019, 6, 1), LocalDate.of(2024, 5, 31))), "voletSanteMentale");
        VoletSanteMentale sansPtsm = new VoletSanteMentale("Axe 2", List.of("A2"), " ", null);
        catalogue.regle("CLS-LEG-05")
                .declenche("signé le 23 février 2022, volet sans PTSM ni CLSM", c -> signeLe(c, LOI_3DS).voletSanteMentale(sansPtsm), "voletSanteMentale.ptsm")
                .declenche("signé le 23 février 2022, un axe de santé mentale sans PTSM", c -> signeLe(c, LOI_3DS).voletSanteMentale(null)
                        .axes(axeSanteMentale()), "voletSanteMentale")
                .epargne("signé le 22 février 2022, volet sans PTSM", c -> signeLe(c, LOI_3DS.minusDays(1)).voletSanteMentale(sansPtsm))
                .epargne("le volet nomme le PTSM", c -> c)
                .epargne("le volet nomme son CLSM", c -> signeLe(c, LOI_3DS).voletSanteMentale(new VoletSanteMentale("Axe 2", List.of("A2"), null, "CLSM d'Arras")))
                .epargne("le contrat cite le PTSM parmi ses articulations", c -> signeLe(c, LOI_3DS).voletSanteMentale(sansPtsm)
                        .articulations(new Articulation(TypeDispositif.PTSM, "PTSM du Pas-de-Calais", null)));
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
        AxeStrategique axeSocial = new AxeStrategique("A3", "Axe social", List.of(), List.of(ChampLegal.SOCIAL), List.of("HDF-COS-1"),
                List.of(new Objectif("3.1", "Objectif", List.of(), List.of(), List.of(sansChamp))));
        catalogue.regle("CLS-LEG-06")
                .declenche("ni la fiche ni son axe n'ont de champ", c -> c.axes(axeSansChamp), "axes[0].objectifs[0].fichesAction[0].champs")
                .declenche("signé le 28 janvier 2016, ni la fiche ni son axe n'ont de champ", c -> signeLe(c, LMSS).axes(axeSansChamp),
                        "axes[0].objectifs[0].fichesAction[0].champs")
                .epargne("signé le 27 janvier 2016 : la règle CLS-LEG-16 s'applique", c -> signeLe(c, LMSS.minusDays(1)).axes(axeSansChamp))
                .epargne("la fiche tient son champ de son axe", c -> c.axes(axeAvecChamp))
                .epargne("un projet en élaboration", c -> c.statut(StatutContrat.ELABORATION).axes(axeSansChamp));
        catalogue.regle("CLS-LEG-16")
                .declenche("signé le 27 janvier 2016, l'axe ne relève que du social", c -> signeLe(c, LMSS.minusDays(1)).axes(axeSocial),
                        "axes[0].objectifs[0].fichesAction[0].champs")
                .epargne("signé le 28 janvier 2016, le social est un champ de la loi", c -> signeLe(c, LMSS).axes(axeSocial))
                .epargne("signé le 27 janvier 2016, l'axe relève des soins", c -> signeLe(c, LMSS.minusDays(1)).axes(Exemples.axe("A1", "HDF-COS-3",
                        Exemples.fiche("FA-1", new PerimetreAction(true, List.of(), List.of())))));
        catalogue.regle("CLS-LEG-10")
                .declenche("signé le 23 février 2022 sans participation", c -> signeLe(c, LOI_3DS).participation(null), "participation")
                .declenche("seuls les habitants participent", c -> c.participation(new Participation(List.of("réunions publiques"), true, null, null, true, null)),
                        "participation")
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
                        Exemples.fiche("FA-1", new PerimetreAction(true, List.of(), List.of())))), "territoire.zoneInterventionPrioritaire")
                .epargne("signé le 22 février 2022", c -> signeLe(c, LOI_3DS.minusDays(1)).territoire(horsZone))
                .epargne("le territoire est une zone d'intervention prioritaire", c -> c)
                .epargne("le contrat ne dit pas si son territoire en est une", c -> c.territoire(new Territoire("Commune", TypeTerritoire.COMMUNAUTE_URBAINE,
                        Exemples.territoire().siren(), Exemples.territoire().communes(), 20000, List.of(), null, false, false)));
    }

    /** An axis on mental health, which carries the volet. */
    static AxeStrategique axeSanteMentale() {
        AxeStrategique a = Exemples.axe("A2", "HDF-SRS23-3", Exemples.fiche("FA-2", new PerimetreAction(true, List.of(), List.of())));
        return new AxeStrategique(a.code(), "Santé mentale", List.of(Thematique.SANTE_MENTALE), a.champs(), a.objectifsPrs(), a.objectifs());
    }
}
