package io.github.cls4j.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.core.Contrats;
import io.github.cls4j.core.code.CodeCommune;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.path.ElementPath;
import io.github.cls4j.core.strategie.AxeStrategique;
import io.github.cls4j.core.strategie.Objectif;
import io.github.cls4j.core.territoire.Territoire;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.Finding;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.samples.SampleContracts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The outline of the reports, for an incomplete contract built by a program rather than read. */
@DisplayName("The outline of a contract: incomplete contracts, and where findings go")
class ContractOutlineTest {

    private static final Labels FRENCH = Labels.of(Locale.FRENCH);

    private static List<String> titles(ContractOutline.Node node) {
        List<String> titles = new ArrayList<>();
        titles.add(node.path() + " " + node.title() + " " + node.details());
        node.children().forEach(child -> titles.addAll(titles(child)));
        return titles;
    }

    @Test
    void a_contract_with_missing_parts_and_holes_in_its_lists_is_outlined_without_null() {
        AxeStrategique axe = new AxeStrategique(null, null, null, null, Arrays.asList("HDF-COS-1", null),
                Arrays.asList(null, new Objectif("1.2", "Un objectif", null, null, null)));
        ContratLocalSante contrat = ContratLocalSante.builder().id("TROUS").axes(Arrays.asList(null, axe)).build();

        ContractOutline.Node outline = ContractOutline.of(contrat, FRENCH);

        // What is missing is said so, never "null" nor "?"; an element without its title is named by its kind.
        assertThat(titles(outline)).noneSatisfy(t -> assertThat(t).containsAnyOf("null", "?"))
                .contains(" non renseigné [Statut : non renseigné, Région : non renseigné, Période : non renseigné, PRS : non renseigné]",
                        "territoire Territoire [non renseigné]",
                        "gouvernance Gouvernance [non renseigné]",
                        "axes[1] Axe [PRS : HDF-COS-1]",
                        "axes[1].objectifs[1] Objectif 1.2 « Un objectif » []");
    }

    @Test
    void each_finding_goes_to_the_deepest_element_of_the_outline_its_path_lies_in() {
        ContratLocalSante contrat = Contrats.complet();
        List<Finding> findings = ContractValidator.builder().build().validate(contrat, ValidationContext.defaults()).findings();

        Map<ElementPath, List<Finding>> placed = ContractOutline.place(ContractOutline.of(contrat, FRENCH), findings);
        assertThat(findings).isNotEmpty();
        assertThat(placed.keySet()).hasSizeGreaterThan(1);

        assertThat(placed.values().stream().mapToInt(List::size).sum()).isEqualTo(findings.size());
        placed.forEach((at, here) -> assertThat(here).allSatisfy(f -> assertThat(f.path().startsWith(at)).isTrue()));
        // The deepest: no element of the outline below the one it is given to holds the finding's path.
        List<ElementPath> outlinePaths = new ArrayList<>();
        collect(ContractOutline.of(contrat, FRENCH), outlinePaths);
        placed.forEach((at, here) -> assertThat(here).allSatisfy(f -> assertThat(outlinePaths)
                .noneMatch(p -> !p.equals(at) && p.startsWith(at) && f.path().startsWith(p))));
    }

    @Test
    void a_finding_below_every_element_of_the_outline_goes_up_to_the_nearest_one() {
        ContratLocalSante contrat = Contrats.complet();
        Finding deep = ContractValidator.builder().build().validate(contrat, ValidationContext.defaults()).findings().get(0);
        ElementPath below = ElementPath.parse("axes[0].objectifs[0].fichesAction[0].financements[0].montant");
        Finding moved = new Finding(deep.ruleId(), deep.severity(), below, deep.message(), deep.messageKey(), deep.arguments(),
                deep.reference(), deep.validity());

        Map<ElementPath, List<Finding>> placed = ContractOutline.place(ContractOutline.of(contrat, FRENCH), List.of(moved));

        assertThat(placed).containsOnlyKeys(ElementPath.parse("axes[0].objectifs[0].fichesAction[0]"));
    }

    @Test
    void a_commune_is_named_beside_its_code_as_the_geography_in_force_on_the_conclusion_names_it() {
        assertThat(territoire("000-arras-cua.json").details()).contains("Communes : 62041 Arras");
    }

    @Test
    void a_code_the_geography_does_not_know_is_shown_alone() {
        ContratLocalSante contrat = SampleContracts.read("003-idf-commune-qpv.json");
        Territoire t = contrat.territoire();
        ContratLocalSante inconnu = contrat.toBuilder().territoire(new Territoire(t.nom(), t.type(), t.siren(), List.of(CodeCommune.of("93901")),
                t.population(), t.qpv(), t.zoneInterventionPrioritaire(), t.territoirePrioritairePraps(), t.zoneRurale())).build();

        assertThat(territoire(inconnu).details()).contains("Communes : 93901");
        assertThat(territoire("003-idf-commune-qpv.json").details()).contains("Communes : 93070 Saint-Ouen-sur-Seine");
    }

    /** The territory of the outline of the sample {@code name}. */
    private static ContractOutline.Node territoire(String name) {
        return territoire(SampleContracts.read(name));
    }

    private static ContractOutline.Node territoire(ContratLocalSante contrat) {
        return ContractOutline.of(contrat, FRENCH).children().stream()
                .filter(n -> n.kind().equals("territoire")).findFirst().orElseThrow();
    }

    private static void collect(ContractOutline.Node node, List<ElementPath> paths) {
        paths.add(node.path());
        node.children().forEach(child -> collect(child, paths));
    }
}
