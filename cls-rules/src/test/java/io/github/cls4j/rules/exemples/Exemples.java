package io.github.cls4j.rules.exemples;

import io.github.cls4j.core.code.CodeCommune;
import io.github.cls4j.core.code.CodeQpv;
import io.github.cls4j.core.code.CodeRegion;
import io.github.cls4j.core.code.Region;
import io.github.cls4j.core.code.Siren;
import io.github.cls4j.core.commun.Periode;
import io.github.cls4j.core.json.ContractJson;
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
 * Object mother of the tests: the contract on which no rule of the catalogue fires, under the
 * Hauts-de-France profile as under the national one, as of {@link #CONTROLE}. It is the file
 * {@code cas/conforme.json} beside the bundled rules, from which their cases start too; the
 * elements below are its own, and the builders make new ones like them.
 */
public final class Exemples {

    /** The day of the check of every case, unless it says otherwise. */
    public static final LocalDate CONTROLE = LocalDate.of(2026, 11, 23);
    public static final LocalDate SIGNATURE = LocalDate.of(2024, 3, 15);

    public static final String ARS = "ARS Hauts-de-France";
    public static final String CUA = "Communauté Urbaine d'Arras";
    public static final CodeQpv QPV = CodeQpv.of("QN06201M");

    private static final ContratLocalSante CONFORME = ContractJson.read(BundledCases.FOLDER.resolve("cas/conforme.json"));

    /** The 46 member communes of the CU d'Arras in the geography of 2024 (DGCL), Arras (62041) among them. */
    public static final List<CodeCommune> COMMUNES_CUA = CONFORME.territoire().communes();

    private Exemples() {
    }

    /** The ARS, its first signatory. */
    public static Signataire ars() {
        return CONFORME.signataires().get(0);
    }

    /** The CU d'Arras, its second. */
    public static Signataire cua() {
        return CONFORME.signataires().get(1);
    }

    /** The préfet, its third. */
    public static Signataire prefet() {
        return CONFORME.signataires().get(2);
    }

    public static Territoire territoire() {
        return CONFORME.territoire();
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
        return CONFORME;
    }

    /** A builder of {@link #conforme()}, for a test to change. */
    public static ContratLocalSante.Builder builder() {
        return CONFORME.toBuilder();
    }
}
