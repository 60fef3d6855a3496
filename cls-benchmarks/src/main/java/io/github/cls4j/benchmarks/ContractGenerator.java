package io.github.cls4j.benchmarks;

import io.github.cls4j.core.code.CodeQpv;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.Deliberation;
import io.github.cls4j.core.contrat.Signataire;
import io.github.cls4j.core.contrat.TypeOrganisation;
import io.github.cls4j.core.strategie.AxeStrategique;
import io.github.cls4j.core.strategie.FicheAction;
import io.github.cls4j.core.strategie.Indicateur;
import io.github.cls4j.core.strategie.Objectif;
import io.github.cls4j.core.strategie.PerimetreAction;
import io.github.cls4j.core.strategie.TypeIndicateur;
import io.github.cls4j.core.territoire.Qpv;
import io.github.cls4j.core.territoire.Territoire;
import io.github.cls4j.samples.SampleContracts;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds contracts of a given {@link ContractShape}, the same for the same shape: the Arras sample
 * (a real contract, conforming) with its axes, objectives, actions, indicators, signatories and
 * QPV multiplied, each with its own code, so that the rules walk the paths they walk on real
 * contracts. Actions alternate between the whole territory and one QPV; indicators alternate
 * between process and result.
 */
public final class ContractGenerator {

    private static final String TEMPLATE = "000-arras-cua.json";
    private static final TypeOrganisation[] OTHER_SIGNATORIES = {
        TypeOrganisation.COMMUNE, TypeOrganisation.CPAM, TypeOrganisation.DEPARTEMENT,
        TypeOrganisation.ETABLISSEMENT_DE_SANTE, TypeOrganisation.CPTS, TypeOrganisation.ASSOCIATION};

    private final ContratLocalSante template = SampleContracts.read(TEMPLATE);

    /** A contract of {@code shape}. */
    public ContratLocalSante generate(ContractShape shape) {
        List<CodeQpv> qpv = new ArrayList<>();
        for (int q = 0; q < shape.qpv(); q++) {
            qpv.add(CodeQpv.of(String.format("QP062%03d", 901 + q)));
        }
        Territoire t = template.territoire();
        Territoire territoire = new Territoire(t.nom(), t.type(), t.siren(), t.communes(), t.population(),
                qpv.stream().map(code -> new Qpv(code, "Quartier " + code.value(), 2000)).toList(),
                t.zoneInterventionPrioritaire(), t.territoirePrioritairePraps(), t.zoneRurale());
        return template.toBuilder()
                .id(template.id() + "-" + shape.actions())
                .territoire(territoire)
                .signataires(signataires(shape.signataires()))
                .axes(axes(shape, qpv))
                .build();
    }

    private List<Signataire> signataires(int count) {
        List<Signataire> signataires = new ArrayList<>(template.signataires());
        Signataire model = template.signataires().get(0);
        for (int s = signataires.size(); s < count; s++) {
            TypeOrganisation type = OTHER_SIGNATORIES[s % OTHER_SIGNATORIES.length];
            Deliberation deliberation = type.estCollectiviteOuGroupement()
                    ? new Deliberation("Délibération " + s, model.dateSignature().minusMonths(1)) : null;
            signataires.add(new Signataire(type + " " + s, type, null, null, model.dateSignature(), deliberation, List.of()));
        }
        return signataires.subList(0, Math.max(count, 2));
    }

    private List<AxeStrategique> axes(ContractShape shape, List<CodeQpv> qpv) {
        AxeStrategique axeModel = template.axes().get(0);
        Objectif objectifModel = axeModel.objectifs().get(0);
        FicheAction ficheModel = objectifModel.fichesAction().get(0);
        Indicateur indicateurModel = ficheModel.indicateurs().get(0);
        List<AxeStrategique> axes = new ArrayList<>();
        int objectif = 0;
        int action = 0;
        int indicateur = 0;
        for (int a = 0; a < shape.axes(); a++) {
            List<Objectif> objectifs = new ArrayList<>();
            int objectifsHere = share(shape.objectifs(), shape.axes(), a);
            for (int o = 0; o < objectifsHere; o++, objectif++) {
                List<FicheAction> fiches = new ArrayList<>();
                int actionsHere = share(shape.actions(), shape.objectifs(), objectif);
                for (int f = 0; f < actionsHere; f++, action++) {
                    String code = "FA-" + (a + 1) + "." + (o + 1) + "." + (f + 1);
                    List<Indicateur> indicateurs = new ArrayList<>();
                    int indicateursHere = share(shape.indicateurs(), shape.actions(), action);
                    for (int i = 0; i < indicateursHere; i++, indicateur++) {
                        indicateurs.add(new Indicateur("I-" + code.substring(3) + "-" + (i + 1), indicateurModel.libelle(),
                                i % 2 == 0 ? TypeIndicateur.PROCESSUS : TypeIndicateur.RESULTAT, indicateurModel.unite(),
                                indicateurModel.valeurInitiale(), indicateurModel.cible(), indicateurModel.source(),
                                indicateurModel.frequence(), indicateurModel.mesures()));
                    }
                    PerimetreAction perimetre = qpv.isEmpty() || action % 2 == 0 ? ficheModel.perimetre()
                            : new PerimetreAction(false, List.of(), List.of(qpv.get(action % qpv.size())));
                    fiches.add(new FicheAction(code, ficheModel.intitule() + " " + code, ficheModel.description(),
                            ficheModel.porteur(), ficheModel.partenaires(), ficheModel.publicsCibles(), perimetre,
                            ficheModel.calendrier(), ficheModel.financements(), ficheModel.champs(), ficheModel.thematiques(), ficheModel.objectifsPrs(),
                            ficheModel.statut(), indicateurs));
                }
                objectifs.add(new Objectif((a + 1) + "." + (o + 1), objectifModel.intitule(), objectifModel.thematiques(), objectifModel.objectifsPrs(), fiches));
            }
            axes.add(new AxeStrategique(String.valueOf(a + 1), axeModel.intitule(), axeModel.thematiques(), axeModel.champs(),
                    axeModel.objectifsPrs(), objectifs));
        }
        return axes;
    }

    /** How many of {@code total} items go to container {@code index} of {@code containers}: as even as can be. */
    private static int share(int total, int containers, int index) {
        return total / containers + (index < total % containers ? 1 : 0);
    }
}
