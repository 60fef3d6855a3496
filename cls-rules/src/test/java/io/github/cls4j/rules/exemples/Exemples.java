package io.github.cls4j.rules.exemples;

import io.github.cls4j.core.code.CodeCommune;
import io.github.cls4j.core.code.CodeQpv;
import io.github.cls4j.core.code.CodeRegion;
import io.github.cls4j.core.code.Region;
import io.github.cls4j.core.code.Siren;
import io.github.cls4j.core.commun.Periode;
import io.github.cls4j.core.commun.Personne;
import io.github.cls4j.core.contrat.Articulation;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.Deliberation;
import io.github.cls4j.core.contrat.Diagnostic;
import io.github.cls4j.core.contrat.Evaluation;
import io.github.cls4j.core.contrat.Partenaire;
import io.github.cls4j.core.contrat.Participation;
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
import java.util.stream.Stream;

/**
 * Object mother of the rule examples: a contract on which no rule of the catalogue fires, under
 * the Hauts-de-France profile as under the national one, as of {@link #CONTROLE}. Each example
 * changes one thing in it.
 */
public final class Exemples {

    /** The day of the check of every example, unless it says otherwise. */
    public static final LocalDate CONTROLE = LocalDate.of(2026, 11, 23);
    public static final LocalDate SIGNATURE = LocalDate.of(2024, 3, 15);

    public static final String ARS = "ARS Hauts-de-France";
    public static final String CUA = "Communauté Urbaine d'Arras";
    public static final CodeQpv QPV = CodeQpv.of("QN06201M");

    private Exemples() {
    }

    public static Signataire ars() {
        return new Signataire(ARS, TypeOrganisation.ARS, null, new Personne(null, "Directeur général", null), SIGNATURE,
                null, List.of("cofinancer la coordination"));
    }

    public static Signataire cua() {
        return new Signataire(CUA, TypeOrganisation.EPCI, Siren.of("200033579"), new Personne(null, "Président", null),
                SIGNATURE.minusDays(5), new Deliberation("2024-02-22-04", LocalDate.of(2024, 2, 22)),
                List.of("porter la coordination"));
    }

    public static Signataire prefet() {
        return new Signataire("Préfecture du Pas-de-Calais", TypeOrganisation.PREFECTURE, null, null, SIGNATURE, null,
                List.of("mobiliser la politique de la ville"));
    }

    /** The 46 member communes of the CU d'Arras in the geography of 2024 (DGCL), Arras (62041) among them. */
    public static final List<CodeCommune> COMMUNES_CUA = Stream.of("62004 62007 62013 62037 62041 62042 62073 62085 62097 62099 62144 62146"
            + " 62147 62151 62152 62172 62263 62290 62320 62323 62324 62331 62332 62369 62392 62426 62428 62557 62568 62582 62589 62609 62611"
            + " 62689 62712 62714 62718 62744 62753 62761 62764 62810 62817 62869 62873 62892").flatMap(codes -> Stream.of(codes.split(" ")))
            .map(CodeCommune::of).toList();

    public static Territoire territoire() {
        return new Territoire(CUA, TypeTerritoire.COMMUNAUTE_URBAINE, Siren.of("200033579"), COMMUNES_CUA, 109776,
                List.of(new Qpv(QPV, "Quartier ouest", 4200)), true, true, false);
    }

    public static Indicateur indicateur(String code, TypeIndicateur type) {
        return new Indicateur(code, "Indicateur " + code, type, "personnes",
                new Mesure(BigDecimal.ZERO, LocalDate.of(2023, 12, 31)),
                new Cible(new BigDecimal("100"), LocalDate.of(2027, 12, 31)), "Coordination", Frequence.ANNUELLE, List.of());
    }

    public static FicheAction fiche(String code, PerimetreAction perimetre) {
        return new FicheAction(code, "Action " + code, null, CUA, List.of(), List.of(PublicCible.POPULATION_GENERALE),
                perimetre, Periode.du(LocalDate.of(2024, 9, 1), LocalDate.of(2028, 6, 30)),
                List.of(new Financement(ARS, new BigDecimal("10000"), false)), List.of(ChampLegal.PREVENTION), List.of(), List.of(),
                StatutAction.EN_COURS,
                List.of(indicateur("I-" + code + "-p", TypeIndicateur.PROCESSUS), indicateur("I-" + code + "-r", TypeIndicateur.RESULTAT)));
    }

    public static AxeStrategique axe(String code, String objectifPrs, FicheAction fiche) {
        return new AxeStrategique(code, "Axe " + code, List.of(Thematique.ACCES_AUX_SOINS), List.of(ChampLegal.SOINS),
                List.of(objectifPrs), List.of(new Objectif(code + ".1", "Objectif " + code + ".1", List.of(), List.of(), List.of(fiche))));
    }

    /** The contract on which no rule fires. */
    public static ContratLocalSante conforme() {
        return builder().build();
    }

    /** A builder of {@link #conforme()}, for an example to change. */
    public static ContratLocalSante.Builder builder() {
        return ContratLocalSante.builder()
                .id("EXEMPLE-CUA-2024")
                .intitule("Contrat local de santé d'exemple")
                .generation(2)
                .statut(StatutContrat.EN_COURS)
                .region(CodeRegion.of(Region.HAUTS_DE_FRANCE))
                .prs("HDF-PRS-2018-2028")
                .territoire(territoire())
                .periode(Periode.du(LocalDate.of(2024, 4, 1), LocalDate.of(2028, 12, 31)))
                .dateCharte(LocalDate.of(2023, 1, 10))
                .dateSignature(SIGNATURE)
                .signataires(ars(), cua(), prefet())
                .partenaires(new Partenaire("CPAM de l'Artois", TypeOrganisation.CPAM, "porteur"))
                .gouvernance(new Gouvernance(new Comite(List.of(ARS, CUA), List.of(ARS, CUA), 2), null,
                        new Coordination(new Personne(null, "Coordinatrice", null), BigDecimal.ONE, CUA,
                                List.of(new PartFinancement(ARS, new BigDecimal("50"), null),
                                        new PartFinancement(CUA, new BigDecimal("50"), null)))))
                .diagnostic(new Diagnostic(LocalDate.of(2023, 6, 30), "ORS", true, List.of(), List.of()))
                .axes(axe("A1", "HDF-COS-3", fiche("FA-1", new PerimetreAction(true, List.of(), List.of(QPV)))),
                        axe("A2", "HDF-SRS23-3", fiche("FA-2", new PerimetreAction(false, List.of(CodeCommune.of("62041")), List.of()))))
                .voletSanteMentale(new VoletSanteMentale("Axe 2", List.of("A2"), "PTSM du Pas-de-Calais", "CLSM d'Arras"))
                .participation(new Participation(List.of("conseil citoyen"), true, true, false, true, false))
                .articulations(new Articulation(TypeDispositif.CONTRAT_DE_VILLE, "Contrat de ville", "volet santé"))
                .evaluations(new Evaluation(TypeEvaluation.ANNUELLE, LocalDate.of(2025, 4, 30), "Coordination", List.of(), List.of()),
                        new Evaluation(TypeEvaluation.ANNUELLE, LocalDate.of(2026, 4, 30), "Coordination", List.of(), List.of()))
                .renouvelle("EXEMPLE-CUA-2018");
    }
}
