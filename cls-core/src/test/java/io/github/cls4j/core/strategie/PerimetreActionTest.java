package io.github.cls4j.core.strategie;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.code.CodeCommune;
import io.github.cls4j.core.code.CodeQpv;
import io.github.cls4j.core.territoire.Qpv;
import io.github.cls4j.core.territoire.Territoire;
import io.github.cls4j.core.territoire.TypeTerritoire;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PerimetreActionTest {

    private static final CodeCommune ARRAS = CodeCommune.of("62041");
    private static final CodeCommune ACHICOURT = CodeCommune.of("62004");
    private static final CodeCommune LENS = CodeCommune.of("62498");
    private static final CodeCommune LIEVIN = CodeCommune.of("62510");
    private static final CodeQpv OUEST = CodeQpv.of("QN06201M");
    private static final CodeQpv AILLEURS = CodeQpv.of("QN06299N");

    private static Territoire territoire(List<CodeCommune> communes, List<Qpv> qpv) {
        return new Territoire("Communauté Urbaine d'Arras", TypeTerritoire.COMMUNAUTE_URBAINE, null, communes, null, qpv,
                null, null, null);
    }

    private static PerimetreAction perimetre(List<CodeCommune> communes, List<CodeQpv> qpv) {
        return new PerimetreAction(false, communes, qpv);
    }

    @Test
    void the_communes_outside_are_given_in_their_order_as_often_as_named_and_those_inside_are_not() {
        Territoire arras = territoire(List.of(ARRAS, ACHICOURT), List.of());

        assertThat(perimetre(List.of(LIEVIN, ARRAS, LENS, LIEVIN), null).communesHorsDe(arras))
                .containsExactly(LIEVIN, LENS, LIEVIN);
        assertThat(perimetre(List.of(ACHICOURT, ARRAS), null).communesHorsDe(arras)).isEmpty();
        assertThat(perimetre(null, null).communesHorsDe(arras)).isEmpty();
    }

    @Test
    void it_says_whether_it_covers_a_commune_or_targets_a_quartier_outside() {
        Territoire arras = territoire(List.of(ARRAS, ACHICOURT), List.of(new Qpv(OUEST, "Quartier ouest", 4200)));

        assertThat(perimetre(List.of(ARRAS, LENS), null).viseDesCommunesHorsDe(arras)).isTrue();
        assertThat(perimetre(List.of(ARRAS, ACHICOURT), null).viseDesCommunesHorsDe(arras)).isFalse();
        assertThat(perimetre(null, List.of(OUEST, AILLEURS)).viseDesQpvHorsDe(arras)).isTrue();
        assertThat(perimetre(null, List.of(OUEST)).viseDesQpvHorsDe(arras)).isFalse();
    }

    @Test
    void a_territory_that_lists_no_commune_leaves_them_all_out() {
        assertThat(perimetre(List.of(ARRAS), null).communesHorsDe(territoire(null, null))).containsExactly(ARRAS);
    }

    @Test
    void a_missing_commune_of_the_perimeter_is_not_given_and_one_of_the_territory_contains_none() {
        Territoire arras = territoire(Arrays.asList(ARRAS, null), List.of());

        assertThat(perimetre(Arrays.asList(null, LENS, ARRAS), null).communesHorsDe(arras)).containsExactly(LENS);
    }

    @Test
    void long_lists_give_the_same_answer_as_short_ones() {
        // Past a size the territory's communes are hashed: the answer must not change with it.
        List<CodeCommune> communes = new ArrayList<>();
        IntStream.range(100, 200).forEach(i -> communes.add(CodeCommune.of("62" + i)));
        List<CodeCommune> vises = new ArrayList<>(communes.subList(0, 50));
        vises.add(LENS);
        vises.add(0, LIEVIN);

        assertThat(perimetre(vises, null).communesHorsDe(territoire(communes, null))).containsExactly(LIEVIN, LENS);
    }

    @Test
    void the_quartiers_outside_are_those_whose_code_is_of_no_qpv_of_the_territory() {
        Territoire arras = territoire(List.of(), List.of(new Qpv(OUEST, "Quartier ouest", 4200)));

        assertThat(perimetre(null, List.of(AILLEURS, OUEST, AILLEURS)).qpvHorsDe(arras)).containsExactly(AILLEURS, AILLEURS);
        assertThat(perimetre(null, List.of(OUEST)).qpvHorsDe(arras)).isEmpty();
        assertThat(perimetre(null, null).qpvHorsDe(arras)).isEmpty();
    }

    @Test
    void a_qpv_of_the_territory_known_by_its_name_alone_contains_no_code() {
        Territoire arras = territoire(List.of(), Arrays.asList(new Qpv(null, "Quartier ouest", null), null));

        assertThat(perimetre(null, List.of(OUEST)).qpvHorsDe(arras)).containsExactly(OUEST);
    }

    @Test
    void nothing_outside_is_an_empty_list_that_holds_no_missing_value() {
        // The rules may ask "memberOf" of what a query gives: List.of() would throw on null.
        Territoire arras = territoire(List.of(ARRAS), List.of(new Qpv(OUEST, null, null)));

        assertThat(perimetre(List.of(ARRAS), List.of(OUEST)).communesHorsDe(arras).contains(null)).isFalse();
        assertThat(perimetre(List.of(ARRAS), List.of(OUEST)).qpvHorsDe(arras).contains(null)).isFalse();
    }
}
