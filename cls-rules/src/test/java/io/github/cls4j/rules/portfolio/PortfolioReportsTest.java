package io.github.cls4j.rules.portfolio;

import static io.github.cls4j.rules.portfolio.PortfolioFixtures.ARRAS;
import static io.github.cls4j.rules.portfolio.PortfolioFixtures.AS_OF;
import static io.github.cls4j.rules.portfolio.PortfolioFixtures.CHARTE;
import static io.github.cls4j.rules.portfolio.PortfolioFixtures.DATA;
import static io.github.cls4j.rules.portfolio.PortfolioFixtures.VAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.code.CodeRegion;
import io.github.cls4j.core.code.Region;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.rules.Validators;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link Portfolio#reports}: the contracts of several regions grouped once, and those of none. */
@DisplayName("Every region's portfolio at once: grouped by region once, in the order of the codes, the contracts of no region left out with why")
class PortfolioReportsTest {

    private static final Portfolio PORTFOLIO = new Portfolio(Validators.BUNDLED);

    private static final ContratLocalSante OCCITAN = ARRAS.toBuilder().id("OCC").region(CodeRegion.of(Region.OCCITANIE)).build();
    private static final ContratLocalSante SANS_REGION = ARRAS.toBuilder().id("SANS").region(null).build();
    private static final ContratLocalSante REGION_INCONNUE = ARRAS.toBuilder().id("INCONNUE").region(CodeRegion.of("99")).build();

    @Test
    void gives_one_report_per_region_in_the_order_of_the_codes_each_with_its_contracts_only() {
        PortfolioReports all = PORTFOLIO.reports(List.of(OCCITAN, ARRAS, VAL, CHARTE), DATA, AS_OF, Locale.FRENCH);

        assertThat(all.reports()).extracting(PortfolioReport::region).containsExactly(Region.HAUTS_DE_FRANCE, Region.OCCITANIE);
        assertThat(all.reports().get(0).contracts()).extracting(ContractSummary::id).containsExactly("A", "B", "C");
        assertThat(all.reports().get(1).contracts()).extracting(ContractSummary::id).containsExactly("OCC");
        assertThat(all.reports()).allSatisfy(r -> assertThat(r.otherRegions()).isEmpty());
        assertThat(all.leftOut()).isEmpty();
    }

    @Test
    void measures_each_region_as_the_report_of_that_region_does() {
        PortfolioReport grouped = PORTFOLIO.reports(List.of(ARRAS, OCCITAN, VAL, CHARTE), DATA, AS_OF, Locale.ENGLISH).reports().get(0);
        PortfolioReport alone = PORTFOLIO.report(Region.HAUTS_DE_FRANCE, List.of(ARRAS, VAL, CHARTE), DATA, AS_OF, Locale.ENGLISH);

        assertThat(grouped).isEqualTo(alone);
    }

    @Test
    void a_contract_without_a_region_or_with_a_code_of_none_is_left_out_with_why() {
        PortfolioReports all = PORTFOLIO.reports(List.of(SANS_REGION, ARRAS, REGION_INCONNUE), DATA, AS_OF, Locale.FRENCH);

        assertThat(all.leftOut()).extracting(l -> l.contrat().id() + " " + l.reason())
                .containsExactly("SANS REGION_MISSING", "INCONNUE REGION_UNKNOWN");
        assertThat(all.reports()).singleElement().satisfies(r -> assertThat(r.contracts()).extracting(ContractSummary::id).containsExactly("A"));
    }

    @Test
    void no_contract_gives_no_report() {
        assertThat(PORTFOLIO.reports(List.of(), DATA, AS_OF, Locale.FRENCH)).isEqualTo(new PortfolioReports(List.of(), List.of()));
    }
}
