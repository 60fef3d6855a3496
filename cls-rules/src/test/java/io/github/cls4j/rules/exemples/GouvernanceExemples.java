package io.github.cls4j.rules.exemples;

import static io.github.cls4j.rules.exemples.Exemples.ARS;
import static io.github.cls4j.rules.exemples.Exemples.CUA;
import static io.github.cls4j.rules.exemples.Exemples.ars;
import static io.github.cls4j.rules.exemples.Exemples.cua;
import static io.github.cls4j.rules.exemples.Exemples.prefet;

import io.github.cls4j.core.contrat.Articulation;
import io.github.cls4j.core.contrat.Deliberation;
import io.github.cls4j.core.contrat.Partenaire;
import io.github.cls4j.core.contrat.Signataire;
import io.github.cls4j.core.contrat.TypeDispositif;
import io.github.cls4j.core.contrat.TypeOrganisation;
import io.github.cls4j.core.gouvernance.Comite;
import io.github.cls4j.core.gouvernance.Coordination;
import io.github.cls4j.core.gouvernance.Gouvernance;
import io.github.cls4j.core.gouvernance.PartFinancement;
import io.github.cls4j.core.strategie.PerimetreAction;
import io.github.cls4j.core.territoire.Territoire;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Examples of the rules on signatories, steering and coordination. */
final class GouvernanceExemples {

    private GouvernanceExemples() {
    }

    static Gouvernance coordination(PartFinancement... parts) {
        return new Gouvernance(new Comite(List.of(ARS, CUA), List.of(ARS, CUA), 2), null,
                new Coordination(null, BigDecimal.ONE, CUA, List.of(parts)));
    }

    static PartFinancement part(String financeur, int pourcentage) {
        return new PartFinancement(financeur, BigDecimal.valueOf(pourcentage), null);
    }

    static void define(Catalogue catalogue) {
        Territoire sansQpv = new Territoire(CUA, Exemples.territoire().type(), Exemples.territoire().siren(),
                Exemples.territoire().communes(), null, List.of(), true, true, false);
        catalogue.regle("CLS-SIG-01").profil("national")
                .declenche("le territoire compte un QPV, le préfet ne signe pas", c -> c.signataires(ars(), cua()), "signataires")
                .epargne("le préfet signe", c -> c)
                .epargne("sans QPV, le préfet peut ne pas signer", c -> c.signataires(ars(), cua()).territoire(sansQpv)
                        .axes(Exemples.axe("A1", "HDF-COS-3", Exemples.fiche("FA-1", new PerimetreAction(true, List.of(), List.of())))));
        catalogue.regle("CLS-SIG-05").profil("ile-de-france")
                .declenche("en Île-de-France, sans QPV, le préfet ne signe pas", c -> c.signataires(ars(), cua()).territoire(sansQpv), "signataires")
                .epargne("en Île-de-France, le préfet signe", c -> c)
                .profil("national")
                .epargne("le profil national ne le demande pas sans QPV", c -> c.signataires(ars(), cua()).territoire(sansQpv));
        Signataire sansDeliberation = new Signataire(CUA, TypeOrganisation.EPCI, null, null, Exemples.SIGNATURE, null, List.of());
        catalogue.regle("CLS-STR-05")
                .declenche("l'EPCI signe sans délibération", c -> c.signataires(ars(), sansDeliberation, prefet()), "signataires[1].deliberation")
                .declenche("la délibération n'a pas de date", c -> c.signataires(ars(), new Signataire(CUA, TypeOrganisation.EPCI, null, null,
                        Exemples.SIGNATURE, new Deliberation("D-1", null), List.of()), prefet()), "signataires[1].deliberation")
                .epargne("la délibération a sa référence et sa date", c -> c);
        catalogue.regle("CLS-SIG-06")
                .declenche("la délibération est datée le lendemain de la signature de l'EPCI", c -> c.signataires(ars(), new Signataire(CUA, TypeOrganisation.EPCI,
                        null, null, Exemples.SIGNATURE, new Deliberation("D-1", Exemples.SIGNATURE.plusDays(1)), List.of()), prefet()), "signataires[1].deliberation")
                .epargne("la délibération est datée le jour de la signature", c -> c.signataires(ars(), new Signataire(CUA, TypeOrganisation.EPCI,
                        null, null, Exemples.SIGNATURE, new Deliberation("D-1", Exemples.SIGNATURE), List.of()), prefet()))
                .epargne("la délibération précède la signature", c -> c);
        Signataire tardif = new Signataire(ARS, TypeOrganisation.ARS, null, null, LocalDate.of(2024, 4, 2), null, List.of());
        catalogue.regle("CLS-SIG-03")
                .declenche("l'ARS signe le 2 avril 2024, après le début du contrat le 1er avril", c -> c.signataires(tardif, cua(), prefet()), "signataires[0].dateSignature")
                .epargne("la dernière signature précède le début", c -> c);
        catalogue.regle("CLS-SIG-04")
                .declenche("aucune caisse d'assurance maladie", c -> c.partenaires(new Partenaire("Centre hospitalier", TypeOrganisation.ETABLISSEMENT_DE_SANTE, null)), "partenaires")
                .epargne("la CPAM est partenaire", c -> c)
                .epargne("la MSA signe", c -> c.partenaires().signataires(ars(), cua(), prefet(),
                        new Signataire("MSA Nord-Pas de Calais", TypeOrganisation.MSA, null, null, Exemples.SIGNATURE, null, List.of())))
                .epargne("à Mayotte, la CSSM est partenaire", c -> c.partenaires(new Partenaire("Caisse de sécurité sociale de Mayotte", TypeOrganisation.CSSM, null)));
        catalogue.regle("CLS-STR-06")
                .declenche("aucune gouvernance", c -> c.gouvernance(null), "gouvernance")
                .epargne("un comité de pilotage est institué", c -> c);
        catalogue.regle("CLS-STR-14")
                .declenche("le comité est présidé par la seule collectivité", c -> c.gouvernance(new Gouvernance(
                        new Comite(List.of(ARS, CUA), List.of(CUA), 2), null, Exemples.conforme().gouvernance().coordination())), "gouvernance.comitePilotage.coPresidents")
                .epargne("l'ARS et la collectivité le coprésident", c -> c);
        catalogue.regle("CLS-STR-07")
                .declenche("ni coordinateur ni temps de coordination", c -> c.gouvernance(new Gouvernance(
                        Exemples.conforme().gouvernance().comitePilotage(), null, null)), "gouvernance")
                .epargne("une coordinatrice à temps plein", c -> c);
        catalogue.regle("CLS-STR-08")
                .declenche("le financement du poste n'est pas dit", c -> c.gouvernance(coordination()), "gouvernance.coordination.financements")
                .epargne("l'ARS et la collectivité financent le poste", c -> c);
        catalogue.regle("CLS-STR-16").profil("auvergne-rhone-alpes")
                .declenche("l'ARS finance 60 % et la collectivité 40 %", c -> c.gouvernance(coordination(part(ARS, 60), part(CUA, 40))),
                        "gouvernance.coordination.financements")
                .epargne("50 % chacune", c -> c)
                .epargne("une part hors des limites du modèle (un contrat construit en Java), qui n'est pas additionnée",
                        c -> c.gouvernance(coordination(part(ARS, 60), new PartFinancement(CUA, new BigDecimal("1E+999999999"), null))))
                .profil("national")
                .epargne("le profil national ne demande pas la parité", c -> c.gouvernance(coordination(part(ARS, 60), part(CUA, 40))));
        Articulation clsm = new Articulation(TypeDispositif.CLSM, "CLSM d'Arras", null);
        catalogue.regle("CLS-STR-09").profil("auvergne-rhone-alpes")
                .declenche("un CLSM existe et l'ARS cofinance la coordination du CLS", c -> c.articulations(clsm), "articulations")
                .epargne("la collectivité finance seule la coordination", c -> c.articulations(clsm).gouvernance(coordination(part(CUA, 100))))
                .profil("national")
                .epargne("le profil national ne juge pas le double financement", c -> c.articulations(clsm));
    }
}
