package io.github.cls4j.core.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ElementPathTest {

    private static final ElementPath INDICATEUR = ElementPath.root().item("axes", 1).item("objectifs", 0)
            .item("fichesAction", 2).item("indicateurs", 0);

    @Test
    void is_written_as_in_bean_validation_and_as_a_json_pointer() {
        assertThat(INDICATEUR).hasToString("axes[1].objectifs[0].fichesAction[2].indicateurs[0]");
        assertThat(INDICATEUR.toJsonPointer()).isEqualTo("/axes/1/objectifs/0/fichesAction/2/indicateurs/0");
        assertThat(ElementPath.root().property("territoire").property("siren"))
                .hasToString("territoire.siren");
        assertThat(ElementPath.root()).hasToString("");
        assertThat(ElementPath.root().toJsonPointer()).isEmpty();
    }

    @Test
    void a_path_made_step_by_step_is_the_path_it_writes() {
        // Made step by step, a path is written at its first use: the same path, equal, hashed and ordered alike.
        ElementPath made = ElementPath.root().item("axes", 1).property("objectifs").index(0).property("intitule");
        ElementPath parsed = ElementPath.parse("axes[1].objectifs[0].intitule");

        assertThat(made).isEqualTo(parsed).hasSameHashCodeAs(parsed).hasToString("axes[1].objectifs[0].intitule");
        assertThat(made.compareTo(parsed)).isZero();
        assertThat(made.parent().parent()).isEqualTo(ElementPath.parse("axes[1].objectifs"));
        assertThat(INDICATEUR.startsWith(ElementPath.root().item("axes", 1))).isTrue();
        assertThat(ElementPath.root().property("axes").isRoot()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "id", "axes[1].objectifs[0].fichesAction[2].indicateurs[0]", "territoire.qpv[3]"})
    void parses_what_it_writes(String text) {
        assertThat(ElementPath.parse(text)).hasToString(text).isEqualTo(ElementPath.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "axes.", "axes[x]", "axes[1", "$.axes", "/axes/1", "axes..objectifs"})
    void refuses_what_is_not_a_path(String text) {
        assertThatThrownBy(() -> ElementPath.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(text);
    }

    @Test
    void orders_list_items_by_number_and_parents_first() {
        List<ElementPath> sorted = Stream.of("axes[10]", "axes[2].objectifs[0]", "axes[2]", "", "avenants[0]")
                .map(ElementPath::parse).sorted().toList();

        assertThat(sorted).extracting(ElementPath::toString)
                .containsExactly("", "avenants[0]", "axes[2]", "axes[2].objectifs[0]", "axes[10]");
    }

    @Test
    void orders_as_its_tokens_do_for_every_pair_of_paths() {
        List<String> texts = List.of("", "axes", "axesTransversaux[0]", "axes[0]", "axes[02]", "axes[2]", "axes[10]",
                "axes[9].objectifs[0]", "axes[9].objectifs[10].fichesAction[1]", "axes[9].objectifs[9]", "a.b", "a[0]",
                "a[0][1]", "a[0][0]", "territoire.qpv[3].code", "territoire", "territoire.communes[0]");
        for (String a : texts) {
            for (String b : texts) {
                assertThat(Integer.signum(ElementPath.parse(a).compareTo(ElementPath.parse(b))))
                        .as("%s against %s", a, b)
                        .isEqualTo(Integer.signum(byTokens(ElementPath.parse(a).tokens(), ElementPath.parse(b).tokens())));
            }
        }
    }

    /** The order of the documentation, token by token, written plainly as the oracle. */
    private static int byTokens(List<String> mine, List<String> theirs) {
        for (int i = 0; i < Math.min(mine.size(), theirs.size()); i++) {
            String a = mine.get(i);
            String b = theirs.get(i);
            int c = Character.isDigit(a.charAt(0)) && Character.isDigit(b.charAt(0))
                    ? Integer.compare(Integer.parseInt(a), Integer.parseInt(b)) : a.compareTo(b);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(mine.size(), theirs.size());
    }

    @Test
    void knows_which_paths_lie_below_another() {
        ElementPath axe = ElementPath.parse("axes[1]");

        assertThat(INDICATEUR.startsWith(axe)).isTrue();
        assertThat(INDICATEUR.startsWith(ElementPath.root())).isTrue();
        assertThat(ElementPath.parse("axes[10]").startsWith(axe)).isFalse();
        assertThat(ElementPath.parse("axesTransversaux[1]").startsWith(ElementPath.parse("axes"))).isFalse();
    }

    @Test
    void goes_up_one_index_or_property_at_a_time_to_the_root() {
        List<String> up = new ArrayList<>();
        for (ElementPath p = ElementPath.parse("axes[1].objectifs[0].fichesAction[12].indicateurs"); !p.isRoot(); p = p.parent()) {
            up.add(p.toString());
        }

        assertThat(up).containsExactly("axes[1].objectifs[0].fichesAction[12].indicateurs", "axes[1].objectifs[0].fichesAction[12]",
                "axes[1].objectifs[0].fichesAction", "axes[1].objectifs[0]", "axes[1].objectifs", "axes[1]", "axes");
        assertThat(ElementPath.parse("axes").parent()).isEqualTo(ElementPath.root());
        assertThatIllegalStateException().isThrownBy(() -> ElementPath.root().parent());
    }
}
