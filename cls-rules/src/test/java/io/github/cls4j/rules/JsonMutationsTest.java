package io.github.cls4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.Contrats;
import io.github.cls4j.core.RandomContracts;
import io.github.cls4j.core.contrat.ContratLocalSante;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JsonMutationsTest {

    @Test
    void reading_a_contract_s_tree_gives_the_contract_back_decimals_and_all() {
        // 15000.00 and 8.5 in the complete contract, every scale and exponent in the random ones.
        Stream.concat(Stream.of(Contrats.complet(), Contrats.outreMer()), LongStream.range(0, 50).mapToObj(RandomContracts::contract))
                .forEach(c -> assertThat(JsonMutations.read(JsonMutations.tree(c))).contains(c));
    }

    @Test
    void each_single_change_is_one_value_replaced_or_removed_or_one_item_added_and_the_tree_is_left_as_it_was() {
        ContratLocalSante minimal = Contrats.minimal();
        var tree = JsonMutations.tree(minimal);
        var before = tree.deepCopy();
        List<ContratLocalSante> changed = new ArrayList<>();

        JsonMutations.eachSingleChange(tree, t -> JsonMutations.read(t).ifPresent(changed::add));

        assertThat(JsonMutations.read(tree)).contains(minimal);
        assertThat(tree).isEqualTo(before);
        assertThat(changed).hasSizeGreaterThan(20);
        assertThat(JsonMutations.containers(tree)).containsKeys("", "/territoire");
    }
}
