package io.github.cls4j.core;

import io.github.cls4j.core.code.CodeCommune;
import io.github.cls4j.core.code.CodeQpv;
import io.github.cls4j.core.code.CodeRegion;
import io.github.cls4j.core.code.Region;
import io.github.cls4j.core.code.Siren;
import io.github.cls4j.core.commun.Periode;
import io.github.cls4j.core.commun.Personne;
import io.github.cls4j.core.contrat.Articulation;
import io.github.cls4j.core.contrat.Avenant;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.Deliberation;
import io.github.cls4j.core.contrat.Derogation;
import io.github.cls4j.core.contrat.Diagnostic;
import io.github.cls4j.core.contrat.Evaluation;
import io.github.cls4j.core.contrat.MesureIndicateur;
import io.github.cls4j.core.contrat.Partenaire;
import io.github.cls4j.core.contrat.Participation;
import io.github.cls4j.core.contrat.Provenance;
import io.github.cls4j.core.contrat.Signataire;
import io.github.cls4j.core.contrat.StatutContrat;
import io.github.cls4j.core.contrat.TypeDispositif;
import io.github.cls4j.core.contrat.TypeEvaluation;
import io.github.cls4j.core.contrat.TypeOrganisation;
import io.github.cls4j.core.contrat.VoletSanteMentale;
import io.github.cls4j.core.gouvernance.Comite;
import io.github.cls4j.core.gouvernance.Coordination;
import io.github.cls4j.core.gouvernance.Gouvernance;
import io.github.cls4j.core.gouvernance.PartFinancement;
import io.github.cls4j.core.strategie.AxeStrategique;
import io.github.cls4j.core.strategie.AxeTransversal;
import io.github.cls4j.core.strategie.ChampLegal;
import io.github.cls4j.core.strategie.Cible;
import io.github.cls4j.core.strategie.FicheAction;
import io.github.cls4j.core.strategie.Financement;
import io.github.cls4j.core.strategie.Frequence;
import io.github.cls4j.core.strategie.Indicateur;
import io.github.cls4j.core.strategie.Mesure;
import io.github.cls4j.core.strategie.Objectif;
import io.github.cls4j.core.strategie.PerimetreAction;
import io.github.cls4j.core.strategie.PublicCible;
import io.github.cls4j.core.strategie.StatutAction;
import io.github.cls4j.core.strategie.Thematique;
import io.github.cls4j.core.strategie.TypeIndicateur;
import io.github.cls4j.core.territoire.Qpv;
import io.github.cls4j.core.territoire.Territoire;
import io.github.cls4j.core.territoire.TypeTerritoire;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Object mother: contracts for the tests of the model and of the JSON format. */
public final class Contrats {

    private Contrats() {
    }

    /** A contract in which every field of every record is filled, so that a test sees them all. */
    public static ContratLocalSante complet() {
        LocalDate signature = LocalDate.of(2023, 6, 15);
        Indicateur indicateur = new Indicateur("I-1.1.1-a", "Nombre de médecins installés", TypeIndicateur.RESULTAT,
                "médecins", new Mesure(new BigDecimal("3"), LocalDate.of(2022, 12, 31)),
                new Cible(new BigDecimal("8.5"), LocalDate.of(2027, 12, 31)), "CPAM", Frequence.ANNUELLE,
                List.of(new Mesure(new BigDecimal("5"), LocalDate.of(2024, 12, 31))));
        FicheAction fiche = new FicheAction("FA-1.1.1", "Accueillir les internes en médecine générale",
                "Logement et accompagnement des internes", "CUA", List.of("Faculté de médecine", "CPAM"),
                List.of(PublicCible.PROFESSIONNELS_DE_SANTE),
                new PerimetreAction(false, List.of(CodeCommune.of("62041")), List.of(CodeQpv.of("QN06201M"))),
                Periode.du(LocalDate.of(2023, 9, 1), LocalDate.of(2027, 6, 30)),
                List.of(new Financement("ARS Hauts-de-France", new BigDecimal("15000.00"), false),
                        new Financement("CUA", null, true)),
                List.of(ChampLegal.SOINS), List.of(Thematique.ACCES_AUX_SOINS), List.of("HDF-SRS23-4"), StatutAction.EN_COURS, List.of(indicateur));
        Objectif objectif = new Objectif("1.1", "Favoriser l'installation de professionnels de santé",
                List.of(Thematique.ACCES_AUX_SOINS), List.of("HDF-COS-3"), List.of(fiche));
        AxeStrategique axe = new AxeStrategique("A1", "Faciliter l'accès aux soins",
                List.of(Thematique.ACCES_AUX_SOINS), List.of(ChampLegal.SOINS, ChampLegal.PREVENTION),
                List.of("HDF-COS-3"), List.of(objectif));
        AxeStrategique santeMentale = new AxeStrategique("A2", "Santé mentale", List.of(Thematique.SANTE_MENTALE),
                List.of(ChampLegal.PREVENTION), List.of("HDF-SRS23-3"), List.of());
        Signataire ars = new Signataire("ARS Hauts-de-France", TypeOrganisation.ARS, null,
                new Personne("Hugo Gilardi", "Directeur général", null), signature, null,
                List.of("cofinancer le poste de coordination"));
        Signataire cua = new Signataire("Communauté Urbaine d'Arras", TypeOrganisation.EPCI, Siren.of("200033579"),
                new Personne(null, "Président", null), signature.minusDays(2),
                new Deliberation("2023-05-12-07", LocalDate.of(2023, 5, 12)), List.of("porter la coordination"));
        return ContratLocalSante.builder()
                .id("HDF-CUA-2023")
                .intitule("Contrat local de santé de la Communauté Urbaine d'Arras")
                .generation(2)
                .statut(StatutContrat.EN_COURS)
                .region(CodeRegion.of(Region.HAUTS_DE_FRANCE))
                .prs("HDF-PRS-2018-2028")
                .territoire(new Territoire("Communauté Urbaine d'Arras", TypeTerritoire.COMMUNAUTE_URBAINE,
                        Siren.of("200033579"), List.of(CodeCommune.of("62041"), CodeCommune.of("62065")), 108000,
                        List.of(new Qpv(CodeQpv.of("QN06201M"), "Quartier ouest", 4200)), false, true, false))
                .periode(Periode.du(LocalDate.of(2023, 7, 1), LocalDate.of(2028, 6, 30)))
                .dateCharte(LocalDate.of(2021, 3, 1))
                .dateSignature(signature)
                .signataires(ars, cua)
                .partenaires(new Partenaire("Centre hospitalier d'Arras", TypeOrganisation.ETABLISSEMENT_DE_SANTE,
                        "pilote de fiches action"))
                .gouvernance(new Gouvernance(
                        new Comite(List.of("ARS", "CUA", "Préfecture"), List.of("ARS", "CUA"), 2),
                        new Comite(List.of("Coordination", "porteurs"), List.of(), 4),
                        new Coordination(new Personne("Camille Martin", "Coordinatrice CLS", "cls@example.org"),
                                new BigDecimal("1.0"), "CUA",
                                List.of(new PartFinancement("ARS Hauts-de-France", new BigDecimal("50"),
                                        new BigDecimal("25000"))))))
                .diagnostic(new Diagnostic(LocalDate.of(2022, 10, 1), "ORS Hauts-de-France", true,
                        List.of("INSEE", "SNDS"), List.of("accès aux soins", "santé des jeunes")))
                .axes(axe, santeMentale)
                .axesTransversaux(new AxeTransversal("T1", "Compétences psychosociales", "dans chaque axe",
                        List.of(Thematique.COMPETENCES_PSYCHOSOCIALES)))
                .voletSanteMentale(new VoletSanteMentale("Axe 2", List.of("A2", "T1"), "PTSM du Pas-de-Calais",
                        "CLSM de la CUA"))
                .participation(new Participation(List.of("questionnaire habitants"), true, true, true, true, false))
                .articulations(new Articulation(TypeDispositif.CONTRAT_DE_VILLE, "Contrat de ville 2024-2030",
                        "le CLS constitue le volet santé du contrat de ville"))
                .evaluations(new Evaluation(TypeEvaluation.ANNUELLE, LocalDate.of(2024, 6, 30), "Coordination",
                        List.of("12 actions lancées"),
                        List.of(new MesureIndicateur("I-1.1.1-a", new BigDecimal("5"), LocalDate.of(2024, 6, 30)))))
                .avenants(new Avenant(1, LocalDate.of(2025, 1, 20), "Ajout d'une fiche action", null, List.of(ars, cua)))
                .renouvelle("HDF-CUA-2015")
                .derogations(new Derogation("CLS-STR-003", "Durée alignée sur le PRS", "DG ARS Hauts-de-France",
                        LocalDate.of(2023, 6, 1), "periode"))
                .provenance(new Provenance("Fixture de test", List.of("aucun"), List.of("tout")))
                .build();
    }

    /**
     * An overseas contract of the third generation, amended twice: La Réunion, a CGSS and a
     * collectivité among the signatories, communes of department 974.
     */
    public static ContratLocalSante outreMer() {
        Signataire ars = new Signataire("ARS La Réunion", TypeOrganisation.ARS, null, null,
                LocalDate.of(2024, 3, 1), null, List.of());
        Signataire commune = new Signataire("Commune", TypeOrganisation.COMMUNE, null, null, LocalDate.of(2024, 2, 20),
                new Deliberation("D-1", LocalDate.of(2024, 1, 30)), List.of());
        Signataire cgss = new Signataire("CGSS de La Réunion", TypeOrganisation.CGSS, null, null,
                LocalDate.of(2024, 3, 1), null, List.of());
        return ContratLocalSante.builder()
                .id("REU-974-3G")
                .intitule("Contrat local de santé de troisième génération")
                .generation(3)
                .statut(StatutContrat.EN_COURS)
                .region(CodeRegion.of(Region.LA_REUNION))
                .territoire(new Territoire("Commune", TypeTerritoire.COMMUNE, null, List.of(CodeCommune.of("97411")),
                        null, List.of(new Qpv(CodeQpv.of("QP974001"), null, null)), true, true, false))
                .periode(Periode.du(LocalDate.of(2024, 3, 1), LocalDate.of(2029, 2, 28)))
                .dateSignature(LocalDate.of(2024, 3, 1))
                .signataires(ars, commune, cgss)
                .avenants(new Avenant(1, LocalDate.of(2025, 3, 1), "Ajout du volet santé mentale", null,
                                List.of(ars, commune)),
                        new Avenant(2, LocalDate.of(2026, 3, 1), "Prolongation", LocalDate.of(2030, 2, 28),
                                List.of(ars, commune, cgss)))
                .renouvelle("REU-974-2G")
                .build();
    }

    /** The smallest contract the format reads: only the required fields. */
    public static ContratLocalSante minimal() {
        return ContratLocalSante.builder()
                .id("MIN-1")
                .intitule("Contrat minimal")
                .statut(StatutContrat.ELABORATION)
                .region(CodeRegion.of(Region.OCCITANIE))
                .territoire(new Territoire("Commune", TypeTerritoire.COMMUNE, null, null, null, null, null, null, null))
                .build();
    }
}
