package io.github.cls4j.core.path;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.Contrats;
import io.github.cls4j.core.RandomContracts;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.Signataire;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.core.strategie.AxeStrategique;
import io.github.cls4j.core.strategie.Indicateur;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("Every element of a contract has one path from the root, which also locates it in the JSON")
class ContractElementsTest {

    @Test
    void gives_every_element_in_document_order_with_its_path() {
        ContractElements elements = ContractElements.of(Contrats.complet());

        assertThat(elements.all()).extracting(l -> l.path().toString()).containsExactly(
                "", "territoire", "territoire.qpv[0]", "signataires[0]", "signataires[1]", "partenaires[0]",
                "gouvernance", "gouvernance.comitePilotage", "gouvernance.comiteTechnique", "gouvernance.coordination",
                "diagnostic",
                "axes[0]", "axes[0].objectifs[0]", "axes[0].objectifs[0].fichesAction[0]",
                "axes[0].objectifs[0].fichesAction[0].financements[0]",
                "axes[0].objectifs[0].fichesAction[0].financements[1]",
                "axes[0].objectifs[0].fichesAction[0].indicateurs[0]",
                "axes[1]", "axesTransversaux[0]", "voletSanteMentale", "participation", "articulations[0]",
                "evaluations[0]", "avenants[0]", "avenants[0].signataires[0]", "avenants[0].signataires[1]",
                "derogations[0]");
    }

    @Test
    void selects_the_elements_of_one_type() {
        ContractElements elements = ContractElements.of(Contrats.complet());

        assertThat(elements.ofType(Indicateur.class)).singleElement()
                .satisfies(l -> assertThat(l.path()).hasToString("axes[0].objectifs[0].fichesAction[0].indicateurs[0]"))
                .satisfies(l -> assertThat(l.element().code()).isEqualTo("I-1.1.1-a"));
        assertThat(elements.ofType(Signataire.class)).hasSize(4);
        assertThat(elements.ofType(ContratLocalSante.class)).singleElement()
                .satisfies(l -> assertThat(l.path().isRoot()).isTrue());
    }

    @Test
    void skips_missing_elements_but_keeps_the_indexes_of_the_list() {
        List<AxeStrategique> axes = new ArrayList<>();
        axes.add(null);
        axes.add(Contrats.complet().axes().get(1));
        ContratLocalSante contrat = Contrats.minimal().toBuilder().axes(axes).build();

        assertThat(ContractElements.of(contrat).all()).extracting(l -> l.path().toString())
                .containsExactly("", "territoire", "axes[1]");
    }

    @Test
    void gives_the_same_walk_as_a_tree_with_each_list_and_each_property_left_out() {
        ElementNode tree = ContractElements.of(Contrats.minimal()).tree();

        assertThat(tree).isInstanceOfSatisfying(ElementNode.Element.class, root -> assertThat(root.element()).isEqualTo(Contrats.minimal()));
        assertThat(tree.children()).extracting(n -> n.getClass().getSimpleName() + " " + n.path()).containsExactly(
                "Element territoire", "Items signataires", "Items partenaires", "Absent gouvernance", "Absent diagnostic",
                "Items axes", "Items axesTransversaux", "Absent voletSanteMentale", "Absent participation", "Items articulations",
                "Items evaluations", "Items avenants", "Items derogations");
        assertThat(tree.children().get(0).children()).extracting(n -> n.getClass().getSimpleName() + " " + n.path())
                .containsExactly("Items territoire.qpv");
    }

    @Test
    void the_tree_holds_every_element_in_the_order_of_all_each_under_its_parent() {
        ContractElements elements = ContractElements.of(Contrats.complet());
        List<Located<?>> walked = new ArrayList<>();
        collect(elements.tree(), null, walked);

        assertThat(walked).containsExactlyElementsOf(elements.all());
        ElementNode fiche = elements.tree().children().get(5).children().get(0).children().get(0).children().get(0).children().get(0)
                .children().get(0);
        assertThat(fiche.path()).hasToString("axes[0].objectifs[0].fichesAction[0]");
        assertThat(fiche.children()).extracting(ElementNode::property).containsExactly("financements", "indicateurs");
        assertThat(fiche.children().get(1).children()).singleElement().satisfies(i -> assertThat(i.property()).isEqualTo("indicateurs"));
        assertThat(elements.tree().property()).isEmpty();
    }

    @Test
    void a_missing_item_is_not_in_the_tree_and_the_others_keep_their_index() {
        List<AxeStrategique> axes = new ArrayList<>();
        axes.add(null);
        axes.add(Contrats.complet().axes().get(1));
        ElementNode tree = ContractElements.of(Contrats.minimal().toBuilder().axes(axes).build()).tree();

        assertThat(tree.children().get(5).children()).extracting(n -> n.path().toString()).containsExactly("axes[1]");
    }

    /** The elements of {@code node} and below, checking that each lies under its parent. */
    private static void collect(ElementNode node, ElementPath parent, List<Located<?>> out) {
        if (parent != null) {
            assertThat(node.path().startsWith(parent)).as("%s under %s", node.path(), parent).isTrue();
        }
        if (node instanceof ElementNode.Element e) {
            out.add(new Located<>(e.path(), e.element()));
        }
        node.children().forEach(child -> collect(child, node.path(), out));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void each_path_points_to_its_element_in_the_written_json(long seed) {
        ContratLocalSante contrat = RandomContracts.contract(seed);
        JsonNode tree = JsonMapper.shared().readTree(ContractJson.toJson(contrat));

        for (Located<?> located : ContractElements.of(contrat).all()) {
            JsonNode node = tree.at(located.path().toJsonPointer());
            assertThat(node.isObject()).as("%s in seed %d", located.path(), seed).isTrue();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void for_each_gives_the_same_elements_and_paths_in_the_same_order_as_all(long seed) {
        ContratLocalSante contrat = RandomContracts.contract(seed);
        List<Object> elements = new ArrayList<>();
        List<ElementPath> paths = new ArrayList<>();

        ContractElements.forEach(contrat, (path, element) -> {
            paths.add(path);
            elements.add(element);
        });

        List<Located<?>> all = ContractElements.of(contrat).all();
        assertThat(elements).as("seed %d", seed).hasSize(all.size());
        for (int i = 0; i < all.size(); i++) {
            assertThat(elements.get(i)).as("element %d of seed %d", i, seed).isSameAs(all.get(i).element());
            assertThat(paths.get(i)).as("element %d of seed %d", i, seed).isEqualTo(all.get(i).path());
        }
    }

    @Test
    void for_each_gives_the_complete_contract_s_elements_in_document_order() {
        List<String> paths = new ArrayList<>();

        ContractElements.forEach(Contrats.complet(), (path, element) -> paths.add(path.toString()));

        assertThat(paths).containsExactlyElementsOf(
                ContractElements.of(Contrats.complet()).all().stream().map(l -> l.path().toString()).toList())
                .hasSize(27);
    }
}
