package io.github.cls4j.core.strategie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AxeStrategiqueTest {

    private static final List<String> COS_3 = List.of("HDF-COS-3");

    private static FicheAction fiche(List<String> objectifsPrs) {
        return new FicheAction("FA-1", "Une action", null, null, null, null, null, null, null, null, null, objectifsPrs, null, null);
    }

    private static AxeStrategique axe(List<String> axe, List<String> objectif, List<String> fiche) {
        return new AxeStrategique("A1", "Axe", null, null, axe, List.of(new Objectif("1.1", "Objectif", null, objectif, List.of(fiche(fiche)))));
    }

    @Test
    void an_axis_applies_the_prs_by_itself_or_through_an_objective_or_a_fiche() {
        assertThat(axe(COS_3, null, null).seRattacheAuPrs()).isTrue();
        assertThat(axe(null, COS_3, null).seRattacheAuPrs()).isTrue();
        assertThat(axe(null, null, COS_3).seRattacheAuPrs()).isTrue();
    }

    @Test
    void not_when_none_of_them_cites_a_prs_objective() {
        assertThat(axe(null, null, null).seRattacheAuPrs()).isFalse();
        assertThat(new AxeStrategique("A1", "Axe", null, null, null, null).seRattacheAuPrs()).isFalse();
        // A missing objective or fiche cites nothing and is never asked.
        assertThat(new AxeStrategique("A1", "Axe", null, null, null,
                Arrays.asList(null, new Objectif("1.1", "Objectif", null, null, Arrays.asList((FicheAction) null)))).seRattacheAuPrs())
                .isFalse();
    }
}
