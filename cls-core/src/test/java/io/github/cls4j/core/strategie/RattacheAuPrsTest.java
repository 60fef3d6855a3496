package io.github.cls4j.core.strategie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RattacheAuPrsTest {

    private static RattacheAuPrs citant(String... codes) {
        return () -> Arrays.asList(codes);
    }

    @Test
    void the_codes_outside_those_given_come_in_its_order_as_often_as_cited() {
        Set<String> connus = Set.of("HDF-COS-3", "HDF-SRS23-4");

        assertThat(citant("HDF-X", "HDF-COS-3", null, "HDF-X").objectifsPrsHors(connus)).containsExactly("HDF-X", "HDF-X");
        assertThat(citant("HDF-COS-3", "HDF-SRS23-4").objectifsPrsHors(connus)).isEmpty();
        assertThat(citant().objectifsPrsHors(connus)).isEmpty();
    }

    @Test
    void it_says_whether_it_cites_a_code_outside_those_given() {
        Set<String> connus = Set.of("HDF-COS-3");

        assertThat(citant("HDF-COS-3", "HDF-X").citeDesObjectifsPrsHors(connus)).isTrue();
        assertThat(citant("HDF-COS-3", null).citeDesObjectifsPrsHors(connus)).isFalse();
        assertThat(citant().citeDesObjectifsPrsHors(List.of())).isFalse();
    }

    @Test
    void with_no_code_given_every_code_cited_is_outside() {
        assertThat(citant("HDF-COS-3").objectifsPrsHors(List.of())).containsExactly("HDF-COS-3");
    }
}
