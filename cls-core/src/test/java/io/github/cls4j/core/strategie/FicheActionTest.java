package io.github.cls4j.core.strategie;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FicheActionTest {

    private static FicheAction financee(List<Financement> financements) {
        return new FicheAction("FA-1", "Une action", null, null, null, null, null, null, financements, null, null, null, null,
                null);
    }

    @Test
    void a_line_says_how_to_pay_with_the_droit_commun_or_an_amount_and_who_pays_it() {
        assertThat(new Financement(null, null, true).ditCommentPayer()).isTrue();
        assertThat(new Financement("ARS", new BigDecimal("15000"), null).ditCommentPayer()).isTrue();
        assertThat(new Financement("ARS", BigDecimal.ZERO, false).ditCommentPayer()).isTrue();
    }

    @Test
    void a_line_without_the_droit_commun_needs_both_the_amount_and_a_named_funder() {
        assertThat(new Financement("ARS", null, null).ditCommentPayer()).isFalse();
        assertThat(new Financement(null, BigDecimal.TEN, false).ditCommentPayer()).isFalse();
        assertThat(new Financement(" ", BigDecimal.TEN, null).ditCommentPayer()).isFalse();
        assertThat(new Financement(null, null, null).ditCommentPayer()).isFalse();
    }

    @Test
    void a_fiche_says_how_it_is_financed_when_one_of_its_lines_does() {
        Financement vague = new Financement("ARS", null, null);
        Financement precis = new Financement("Partenaires", null, true);

        assertThat(financee(Arrays.asList(null, vague, precis)).ditCommentElleEstFinancee()).isTrue();
        assertThat(financee(List.of(vague)).ditCommentElleEstFinancee()).isFalse();
        assertThat(financee(null).ditCommentElleEstFinancee()).isFalse();
    }
}
