package io.github.cls4j.rules.exemples;

import static io.github.cls4j.rules.exemples.Exemples.QPV;
import static io.github.cls4j.rules.exemples.Exemples.axe;
import static io.github.cls4j.rules.exemples.Exemples.indicateur;

import io.github.cls4j.core.code.CodeCommune;
import io.github.cls4j.core.code.CodeQpv;
import io.github.cls4j.core.commun.Periode;
import io.github.cls4j.core.strategie.AxeStrategique;
import io.github.cls4j.core.strategie.Cible;
import io.github.cls4j.core.strategie.FicheAction;
import io.github.cls4j.core.strategie.Financement;
import io.github.cls4j.core.strategie.Indicateur;
import io.github.cls4j.core.strategie.Mesure;
import io.github.cls4j.core.strategie.Objectif;
import io.github.cls4j.core.strategie.PerimetreAction;
import io.github.cls4j.core.strategie.PublicCible;
import io.github.cls4j.core.strategie.TypeIndicateur;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/** Examples of the rules on fiches action and indicators. */
final class ActionExemples {

    private static final PerimetreAction TOUT = new PerimetreAction(true, List.of(), List.of());

    private ActionExemples() {
    }

    /** The conforming contract whose first action {@code change} rewrites; the QPV stays targeted by the second. */
    static AxeStrategique[] axes(UnaryOperator<FicheAction> change) {
        FicheAction premiere = change.apply(Exemples.fiche("FA-1", TOUT));
        return new AxeStrategique[] {axe("A1", "HDF-COS-3", premiere),
            axe("A2", "HDF-SRS23-3", Exemples.fiche("FA-2", new PerimetreAction(false, List.of(), List.of(QPV))))};
    }

    static FicheAction avec(FicheAction f, String porteur, List<PublicCible> publics, PerimetreAction perimetre, Periode calendrier,
            List<Financement> financements, List<Indicateur> indicateurs) {
        return new FicheAction(f.code(), f.intitule(), f.description(), porteur, f.partenaires(), publics, perimetre, calendrier,
                financements, f.champs(), f.thematiques(), f.objectifsPrs(), f.statut(), indicateurs);
    }

    static UnaryOperator<FicheAction> porteur(String porteur) {
        return f -> avec(f, porteur, f.publicsCibles(), f.perimetre(), f.calendrier(), f.financements(), f.indicateurs());
    }

    static UnaryOperator<FicheAction> publics(List<PublicCible> publics) {
        return f -> avec(f, f.porteur(), publics, f.perimetre(), f.calendrier(), f.financements(), f.indicateurs());
    }

    static UnaryOperator<FicheAction> perimetre(PerimetreAction perimetre) {
        return f -> avec(f, f.porteur(), f.publicsCibles(), perimetre, f.calendrier(), f.financements(), f.indicateurs());
    }

    static UnaryOperator<FicheAction> calendrier(Periode calendrier) {
        return f -> avec(f, f.porteur(), f.publicsCibles(), f.perimetre(), calendrier, f.financements(), f.indicateurs());
    }

    static UnaryOperator<FicheAction> financements(Financement... financements) {
        return f -> avec(f, f.porteur(), f.publicsCibles(), f.perimetre(), f.calendrier(), List.of(financements), f.indicateurs());
    }

    static UnaryOperator<FicheAction> indicateurs(Indicateur... indicateurs) {
        return f -> avec(f, f.porteur(), f.publicsCibles(), f.perimetre(), f.calendrier(), f.financements(), List.of(indicateurs));
    }

    static Indicateur mesure(String code, TypeIndicateur type, boolean initiale, Cible cible) {
        Indicateur i = indicateur(code, type);
        return new Indicateur(i.code(), i.libelle(), type, i.unite(), initiale ? i.valeurInitiale() : null, cible, i.source(),
                i.frequence(), i.mesures());
    }

    /** An indicator measured once, on {@code date}. */
    static Indicateur mesuree(String code, LocalDate date) {
        Indicateur i = indicateur(code, TypeIndicateur.PROCESSUS);
        return new Indicateur(i.code(), i.libelle(), i.type(), i.unite(), i.valeurInitiale(), i.cible(), i.source(), i.frequence(),
                List.of(new Mesure(new BigDecimal("40"), date)));
    }

    /** The axes, the second one's code and its objective's code replaced by {@code axe} and {@code objectif}. */
    static AxeStrategique[] renomme(AxeStrategique[] axes, String axe, String objectif) {
        AxeStrategique second = axes[1];
        Objectif o = second.objectifs().get(0);
        axes[1] = new AxeStrategique(axe, second.intitule(), second.thematiques(), second.champs(), second.objectifsPrs(),
                List.of(new Objectif(objectif, o.intitule(), o.thematiques(), o.objectifsPrs(), o.fichesAction())));
        return axes;
    }

    static void define(Catalogue catalogue) {
        String premiere = "axes[0].objectifs[0].fichesAction[0]";
        catalogue.regle("CLS-ACT-01")
                .declenche("une fiche sans porteur", c -> c.axes(axes(porteur(" "))), premiere + ".porteur")
                .epargne("une fiche portée par la collectivité", c -> c);
        catalogue.regle("CLS-ACT-02")
                .declenche("une fiche sans indicateur", c -> c.axes(axes(indicateurs())), premiere + ".indicateurs")
                .epargne("une fiche avec ses indicateurs", c -> c);
        catalogue.regle("CLS-ACT-03")
                .declenche("une fiche suivie par un seul indicateur de processus",
                        c -> c.axes(axes(indicateurs(indicateur("I-1", TypeIndicateur.PROCESSUS)))), premiere + ".indicateurs")
                .epargne("un indicateur de processus et un d'impact",
                        c -> c.axes(axes(indicateurs(indicateur("I-1", TypeIndicateur.PROCESSUS), indicateur("I-2", TypeIndicateur.IMPACT)))))
                .epargne("une fiche sans indicateur relève de CLS-ACT-02", c -> c.axes(axes(indicateurs())));
        catalogue.regle("CLS-ACT-04")
                .declenche("une fiche sans public cible", c -> c.axes(axes(publics(List.of()))), premiere + ".publicsCibles")
                .epargne("une fiche pour la population générale", c -> c);
        catalogue.regle("CLS-ACT-09")
                .declenche("une fiche sans territoire", c -> c.axes(axes(perimetre(null))), premiere + ".perimetre")
                .declenche("un périmètre vide", c -> c.axes(axes(perimetre(new PerimetreAction(false, List.of(), List.of())))), premiere + ".perimetre")
                .epargne("une fiche sur tout le territoire", c -> c);
        catalogue.regle("CLS-ACT-10")
                .declenche("une fiche à Lens, hors du territoire",
                        c -> c.axes(axes(perimetre(new PerimetreAction(false, List.of(CodeCommune.of("62498")), List.of())))), premiere + ".perimetre")
                .epargne("une fiche à Arras", c -> c.axes(axes(perimetre(new PerimetreAction(false, List.of(CodeCommune.of("62041")), List.of())))));
        catalogue.regle("CLS-ACT-11")
                .declenche("une fiche dans un QPV qui n'est pas du territoire",
                        c -> c.axes(axes(perimetre(new PerimetreAction(false, List.of(), List.of(CodeQpv.of("QN06299N")))))), premiere + ".perimetre")
                .epargne("une fiche dans le QPV du territoire", c -> c);
        catalogue.regle("CLS-ACT-12")
                .declenche("une fiche sans calendrier", c -> c.axes(axes(calendrier(null))), premiere + ".calendrier")
                .declenche("une fiche sans fin", c -> c.axes(axes(calendrier(new Periode(LocalDate.of(2024, 9, 1), null)))), premiere + ".calendrier")
                .epargne("une fiche avec son calendrier", c -> c);
        catalogue.regle("CLS-ACT-05")
                .declenche("une fiche qui commence la veille du contrat",
                        c -> c.axes(axes(calendrier(Periode.du(LocalDate.of(2024, 3, 31), LocalDate.of(2025, 1, 1))))), premiere + ".calendrier")
                .declenche("une fiche qui finit le lendemain du contrat",
                        c -> c.axes(axes(calendrier(Periode.du(LocalDate.of(2024, 4, 1), LocalDate.of(2029, 1, 1))))), premiere + ".calendrier")
                .epargne("une fiche sur toute la période du contrat",
                        c -> c.axes(axes(calendrier(Periode.du(LocalDate.of(2024, 4, 1), LocalDate.of(2028, 12, 31))))));
        catalogue.regle("CLS-ACT-06")
                .declenche("une fiche sans financement", c -> c.axes(axes(financements())), premiere + ".financements")
                .declenche("un financeur sans montant", c -> c.axes(axes(financements(new Financement("ARS", null, false)))), premiere + ".financements")
                .epargne("une fiche au droit commun", c -> c.axes(axes(financements(new Financement("Partenaires", null, true)))))
                .epargne("une fiche financée par l'ARS", c -> c);
        catalogue.regle("CLS-TER-02")
                .declenche("aucune fiche ne vise le QPV", c -> c.axes(axe("A1", "HDF-COS-3", Exemples.fiche("FA-1", TOUT))), "territoire.qpv[0]")
                .epargne("une fiche nomme le QPV", c -> c)
                .epargne("une fiche sur tout le territoire vise les habitants des QPV",
                        c -> c.axes(axe("A1", "HDF-COS-3", publics(List.of(PublicCible.HABITANTS_QPV)).apply(Exemples.fiche("FA-1", TOUT)))));
        Cible sansEcheance = new Cible(new BigDecimal("100"), null);
        catalogue.regle("CLS-IND-01")
                .declenche("un indicateur sans valeur initiale", c -> c.axes(axes(indicateurs(mesure("I-1", TypeIndicateur.PROCESSUS, false,
                        indicateur("I-1", TypeIndicateur.PROCESSUS).cible()), indicateur("I-2", TypeIndicateur.RESULTAT)))), premiere + ".indicateurs[0].valeurInitiale")
                .epargne("des indicateurs complets", c -> c);
        catalogue.regle("CLS-IND-02")
                .declenche("un indicateur sans cible", c -> c.axes(axes(indicateurs(mesure("I-1", TypeIndicateur.PROCESSUS, true, null),
                        indicateur("I-2", TypeIndicateur.RESULTAT)))), premiere + ".indicateurs[0].cible")
                .epargne("des indicateurs complets", c -> c);
        catalogue.regle("CLS-IND-03")
                .declenche("une cible sans échéance", c -> c.axes(axes(indicateurs(mesure("I-1", TypeIndicateur.PROCESSUS, true, sansEcheance),
                        indicateur("I-2", TypeIndicateur.RESULTAT)))), premiere + ".indicateurs[0].cible")
                .epargne("une indicateur sans cible relève de CLS-IND-02", c -> c.axes(axes(indicateurs(mesure("I-1", TypeIndicateur.PROCESSUS, true, null),
                        indicateur("I-2", TypeIndicateur.RESULTAT)))))
                .epargne("des indicateurs complets", c -> c);
        catalogue.regle("CLS-COH-03")
                .declenche("deux fiches de code FA-2", c -> c.axes(axes(f -> Exemples.fiche("FA-2", TOUT))), premiere + ".code")
                .epargne("des codes distincts", c -> c);
        catalogue.regle("CLS-COH-04")
                .declenche("deux indicateurs de code I-X", c -> c.axes(axes(indicateurs(indicateur("I-X", TypeIndicateur.PROCESSUS),
                        indicateur("I-X", TypeIndicateur.RESULTAT)))), premiere + ".indicateurs[0].code")
                .epargne("des codes distincts", c -> c);
        catalogue.regle("CLS-COH-05")
                .declenche("deux axes de code A1", c -> c.axes(renomme(axes(f -> f), "A1", "A2.1")), "axes[1].code")
                .epargne("des codes distincts", c -> c);
        catalogue.regle("CLS-COH-06")
                .declenche("deux objectifs de code A1.1", c -> c.axes(renomme(axes(f -> f), "A2", "A1.1")), "axes[1].objectifs[0].code")
                .epargne("des codes distincts", c -> c);
        // The baseline of the examples' indicators is dated 2023-12-31.
        catalogue.regle("CLS-COH-07")
                .declenche("une mesure de la veille de la valeur initiale", c -> c.axes(axes(indicateurs(mesuree("I-1", LocalDate.of(2023, 12, 30)),
                        indicateur("I-2", TypeIndicateur.RESULTAT)))), premiere + ".indicateurs[0].mesures")
                .epargne("une mesure du jour de la valeur initiale", c -> c.axes(axes(indicateurs(mesuree("I-1", LocalDate.of(2023, 12, 31)),
                        indicateur("I-2", TypeIndicateur.RESULTAT)))))
                .epargne("une mesure postérieure", c -> c.axes(axes(indicateurs(mesuree("I-1", LocalDate.of(2024, 12, 31)),
                        indicateur("I-2", TypeIndicateur.RESULTAT)))));
    }
}
