package io.github.cls4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.samples.SampleContracts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The hand-written baseline gives exactly the findings of its ten DRL rules")
class HandWrittenRulesTest {

    @Test
    void on_every_sample_and_on_generated_contracts_the_two_agree(@TempDir Path dir) {
        ContractValidator tenRules = ContractValidator.builder().rules(BundledRules.copyTo(dir, HandWrittenRules.IDS)).build();
        assertThat(tenRules.catalog().ids()).filteredOn(id -> !id.startsWith("CLS-STRUCT-"))
                .containsExactlyInAnyOrderElementsOf(HandWrittenRules.IDS);
        List<ContratLocalSante> contrats = new ArrayList<>();
        SampleContracts.names().forEach(name -> contrats.add(SampleContracts.read(name)));
        contrats.add(new ContractGenerator().generate(ContractShape.TYPICAL));
        // A contract on which every one of the ten fires: no signatory, no porteur, duplicate codes, bare indicators.
        contrats.add(broken());
        java.util.Set<String> fired = new java.util.TreeSet<>();
        for (ContratLocalSante contrat : contrats) {
            List<String> drools = tenRules.validate(contrat, ValidationContext.asOf(LocalDate.of(2026, 11, 23))).findings()
                    .stream().filter(f -> !f.ruleId().startsWith("CLS-STRUCT-")).map(f -> f.ruleId() + " " + f.path()).toList();
            assertThat(HandWrittenRules.check(contrat)).as(contrat.id()).containsExactlyInAnyOrderElementsOf(drools);
            drools.forEach(f -> fired.add(f.substring(0, f.indexOf(' '))));
        }
        // Every one of the ten fired somewhere, so the agreement is not that of two silences.
        assertThat(fired).containsExactlyInAnyOrderElementsOf(HandWrittenRules.IDS);
    }

    private static ContratLocalSante broken() {
        ContratLocalSante typical = new ContractGenerator().generate(ContractShape.SMALL);
        var axe = typical.axes().get(0);
        var objectif = axe.objectifs().get(0);
        var fiche = objectif.fichesAction().get(0);
        var bare = new io.github.cls4j.core.strategie.Indicateur("I-X", "Nu", null, null, null,
                new io.github.cls4j.core.strategie.Cible(java.math.BigDecimal.ONE, null), null, null, null);
        var noTarget = new io.github.cls4j.core.strategie.Indicateur("I-X", "Sans cible", null, null, null, null, null, null, null);
        var emptyFiche = new io.github.cls4j.core.strategie.FicheAction(fiche.code(), "Sans porteur", null, " ", null, null, null,
                null, null, fiche.champs(), null, null, null, List.of(bare, noTarget));
        var objectifs = new ArrayList<>(axe.objectifs());
        objectifs.set(0, new io.github.cls4j.core.strategie.Objectif(objectif.code(), objectif.intitule(), objectif.thematiques(), objectif.objectifsPrs(),
                List.of(fiche, emptyFiche, new io.github.cls4j.core.strategie.FicheAction("FA-SANS", "Sans indicateur", null, null,
                        null, null, null, null, null, fiche.champs(), null, null, null, null))));
        var axes = new ArrayList<>(typical.axes());
        axes.set(0, new io.github.cls4j.core.strategie.AxeStrategique(axe.code(), axe.intitule(), axe.thematiques(), axe.champs(),
                axe.objectifsPrs(), objectifs));
        return typical.toBuilder().id("CASSE").signataires(List.of()).axes(axes).build();
    }
}
