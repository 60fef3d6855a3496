package io.github.cls4j.core.commun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListesTest {

    @Test
    void a_missing_or_empty_list_becomes_an_empty_list_that_says_it_holds_no_missing_value() {
        // Rules ask "nom memberOf coPresidents" with a name that may be missing: List.of() would throw.
        assertThat(Listes.copie(null).contains(null)).isFalse();
        assertThat(Listes.copie(new ArrayList<String>()).contains(null)).isFalse();
        assertThat(Listes.copie(List.of()).indexOf(null)).isEqualTo(-1);
    }

    @Test
    void a_list_is_copied_unmodifiable_with_its_null_items() {
        List<String> original = new ArrayList<>(Arrays.asList("a", null));

        List<String> copy = Listes.copie(original);
        original.clear();

        assertThat(copy).containsExactly("a", null);
        assertThat(copy.contains(null)).isTrue();
        assertThatThrownBy(() -> copy.add("b")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Listes.copie(null).add("b")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_filter_keeps_what_its_guard_keeps_in_order_without_the_missing_items() {
        List<String> kept = Listes.filtre(Arrays.asList("arras", null, "lens", "arras"), name -> name.startsWith("a"));

        assertThat(kept).containsExactly("arras", "arras");
        assertThatThrownBy(() -> kept.add("b")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Listes.filtre(List.of("lens"), name -> name.startsWith("a")).contains(null)).isFalse();
    }

    @Test
    void an_element_exists_when_the_guard_keeps_one_and_a_missing_item_is_never_asked() {
        List<String> names = Arrays.asList(null, "lens");

        assertThat(Listes.existe(names, name -> name.startsWith("l"))).isTrue();
        assertThat(Listes.existe(names, name -> name.startsWith("a"))).isFalse();
        assertThat(Listes.existe(List.<String>of(), name -> true)).isFalse();
    }

    @Test
    void the_elements_in_double_are_those_whose_key_another_shares_in_order_without_missing_keys() {
        List<String> villes = Arrays.asList("arras", null, "lens", "Arras", "douai", "lens", "");

        assertThat(Listes.enDouble(villes, v -> v.toLowerCase())).containsExactly("arras", "lens", "Arras", "lens");
        assertThat(Listes.enDouble(villes, v -> v.isEmpty() ? null : v)).containsExactly("lens", "lens");
        assertThat(Listes.enDouble(List.of("arras", "lens"), v -> v)).isEmpty();
    }
}
