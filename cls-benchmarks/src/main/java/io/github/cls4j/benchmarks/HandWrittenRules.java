package io.github.cls4j.benchmarks;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.Signataire;
import io.github.cls4j.core.contrat.TypeOrganisation;
import io.github.cls4j.core.path.ContractElements;
import io.github.cls4j.core.path.ElementPath;
import io.github.cls4j.core.path.Located;
import io.github.cls4j.core.strategie.FicheAction;
import io.github.cls4j.core.strategie.Indicateur;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The limit: ten representative rules of the catalogue written by hand in plain Java, giving the
 * same findings (rule id and path) as their DRL on any contract. The benchmarks compare them with
 * a validator built from the same ten rules.
 */
public final class HandWrittenRules {

    /** The ten rules: signatories, fiches action, indicators, and two uniqueness joins. */
    public static final Set<String> IDS = Set.of("CLS-LEG-01", "CLS-LEG-02", "CLS-ACT-01", "CLS-ACT-02", "CLS-ACT-04",
            "CLS-IND-01", "CLS-IND-02", "CLS-IND-03", "CLS-COH-03", "CLS-COH-04");

    private HandWrittenRules() {
    }

    /** The findings of the ten rules, each as {@code RULE-ID path}, in no particular order. */
    public static List<String> check(ContratLocalSante contrat) {
        List<String> findings = new ArrayList<>();
        ElementPath root = ElementPath.root();
        List<Signataire> signataires = contrat.signataires();
        if (signataires.stream().noneMatch(s -> s != null && s.type() == TypeOrganisation.ARS)) {
            findings.add("CLS-LEG-01 " + root.property("signataires"));
        }
        if (signataires.stream().noneMatch(s -> s != null && s.type() != null && s.type().estCollectiviteOuGroupement())) {
            findings.add("CLS-LEG-02 " + root.property("signataires"));
        }
        ContractElements elements = ContractElements.of(contrat);
        Map<String, List<ElementPath>> ficheCodes = new HashMap<>();
        for (Located<FicheAction> located : elements.ofType(FicheAction.class)) {
            FicheAction fiche = located.element();
            if (fiche.porteur() == null || fiche.porteur().isBlank()) {
                findings.add("CLS-ACT-01 " + located.path().property("porteur"));
            }
            if (fiche.indicateurs().isEmpty()) {
                findings.add("CLS-ACT-02 " + located.path().property("indicateurs"));
            }
            if (fiche.publicsCibles().isEmpty()) {
                findings.add("CLS-ACT-04 " + located.path().property("publicsCibles"));
            }
            if (fiche.code() != null) {
                ficheCodes.computeIfAbsent(fiche.code(), c -> new ArrayList<>()).add(located.path());
            }
        }
        Map<String, List<ElementPath>> indicateurCodes = new HashMap<>();
        for (Located<Indicateur> located : elements.ofType(Indicateur.class)) {
            Indicateur indicateur = located.element();
            if (indicateur.valeurInitiale() == null || indicateur.valeurInitiale().valeur() == null) {
                findings.add("CLS-IND-01 " + located.path().property("valeurInitiale"));
            }
            if (indicateur.cible() == null || indicateur.cible().valeur() == null) {
                findings.add("CLS-IND-02 " + located.path().property("cible"));
            } else if (indicateur.cible().echeance() == null) {
                findings.add("CLS-IND-03 " + located.path().property("cible"));
            }
            if (indicateur.code() != null) {
                indicateurCodes.computeIfAbsent(indicateur.code(), c -> new ArrayList<>()).add(located.path());
            }
        }
        duplicates("CLS-COH-03", ficheCodes, findings);
        duplicates("CLS-COH-04", indicateurCodes, findings);
        return findings;
    }

    /** A finding on the code of every element whose code another element has too. */
    private static void duplicates(String ruleId, Map<String, List<ElementPath>> byCode, List<String> findings) {
        for (List<ElementPath> paths : byCode.values()) {
            if (paths.size() > 1) {
                paths.forEach(p -> findings.add(ruleId + " " + p.property("code")));
            }
        }
    }
}
