package io.github.cls4j.rules.portfolio;

import static io.github.cls4j.rules.portfolio.PortfolioFixtures.ARRAS;
import static io.github.cls4j.rules.portfolio.PortfolioFixtures.AS_OF;
import static io.github.cls4j.rules.portfolio.PortfolioFixtures.CHARTE;
import static io.github.cls4j.rules.portfolio.PortfolioFixtures.DATA;
import static io.github.cls4j.rules.portfolio.PortfolioFixtures.TARGET;
import static io.github.cls4j.rules.portfolio.PortfolioFixtures.VAL;
import static io.github.cls4j.rules.portfolio.PortfolioFixtures.contrat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.code.CodeCommune;
import io.github.cls4j.core.code.CodeQpv;
import io.github.cls4j.core.code.CodeRegion;
import io.github.cls4j.core.code.Region;
import io.github.cls4j.core.commun.Periode;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.StatutContrat;
import io.github.cls4j.core.territoire.Qpv;
import io.github.cls4j.geography.Geographie;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The coverage of the portfolio of {@link PortfolioFixtures}, counted by hand. */
@DisplayName("Coverage of a region, counted by hand: each commune and QPV once, chartes apart, against the target")
class CoverageTest {

    private static Coverage coverage(ContratLocalSante... contrats) {
        return Coverage.of(Region.HAUTS_DE_FRANCE, List.of(contrats), DATA, AS_OF, TARGET);
    }

    @Test
    void the_region_is_what_the_data_hold() {
        assertThat(coverage(ARRAS, VAL, CHARTE).total()).isEqualTo(new Figures(7, 180_555, 3, 15_000, 156_555));
    }

    @Test
    void six_communes_of_seven_two_qpv_of_three_and_the_priority_territories_at_87_percent() {
        Coverage coverage = coverage(ARRAS, VAL, CHARTE);

        assertThat(coverage.covered()).isEqualTo(new Figures(6, 160_555, 2, 11_000, 136_555));
        assertThat(coverage.communesShare()).contains(new BigDecimal("0.8571"));
        assertThat(coverage.inhabitantsShare()).contains(new BigDecimal("0.8892"));
        assertThat(coverage.qpvShare()).contains(new BigDecimal("0.6667"));
        assertThat(coverage.qpvInhabitantsShare()).contains(new BigDecimal("0.7333"));
        assertThat(coverage.priorityShare()).contains(new BigDecimal("0.8722"));
        assertThat(coverage.targetMet()).contains(true);
        assertThat(coverage.contracts()).isEqualTo(3);
        assertThat(coverage.withoutPopulation()).isEmpty();
    }

    @Test
    void each_stage_is_counted_apart() {
        Map<Stade, Figures> byStage = coverage(ARRAS, VAL, CHARTE).byStage();

        assertThat(byStage.get(Stade.SIGNE)).isEqualTo(new Figures(4, 65_555, 1, 5_000, 41_555));
        assertThat(byStage.get(Stade.CHARTE)).isEqualTo(new Figures(2, 95_000, 1, 6_000, 95_000));
        assertThat(byStage.get(Stade.EN_PREPARATION)).isEqualTo(Figures.NONE);
    }

    @Test
    void each_stage_has_its_share_of_each_figure_rounded_as_the_overall_shares() {
        Coverage coverage = coverage(ARRAS, VAL, CHARTE);

        // Of the 7 communes, 4 signed (0.5714) and 2 under the charte (0.2857); of the 3 QPV, 1 each.
        assertThat(coverage.share(Stade.SIGNE, Figures::communes)).contains(new BigDecimal("0.5714"));
        assertThat(coverage.share(Stade.CHARTE, Figures::communes)).contains(new BigDecimal("0.2857"));
        assertThat(coverage.share(Stade.EN_PREPARATION, Figures::communes)).contains(new BigDecimal("0.0000"));
        assertThat(coverage.share(Stade.CHARTE, Figures::qpv)).contains(new BigDecimal("0.3333"));
        // 95,000 of the 156,555 inhabitants of the priority territories are the charte's.
        assertThat(coverage.share(Stade.CHARTE, Figures::priorityInhabitants)).contains(new BigDecimal("0.6068"));
        assertThat(coverage.share(Figures::qpv)).isEqualTo(coverage.qpvShare());
    }

    @Test
    void without_the_charte_the_target_is_missed() {
        Coverage coverage = coverage(ARRAS, VAL);

        assertThat(coverage.priorityShare()).contains(new BigDecimal("0.2654"));
        assertThat(coverage.targetMet()).contains(false);
    }

    @Test
    void a_commune_covered_by_two_contracts_counts_once() {
        ContratLocalSante chevauchant = contrat("D", StatutContrat.SIGNE, LocalDate.of(2024, 6, 1), null, List.of(), "80903", "59902");

        assertThat(coverage(ARRAS, VAL, CHARTE, chevauchant).covered()).isEqualTo(coverage(ARRAS, VAL, CHARTE).covered());
        assertThat(coverage(ARRAS, VAL, CHARTE, chevauchant).contracts()).isEqualTo(4);
    }

    @Test
    void a_commune_without_population_counts_as_a_commune_and_is_named() {
        ContratLocalSante avecInconnue = contrat("B", StatutContrat.EN_COURS, LocalDate.of(2024, 1, 1), null, List.of(),
                "80901", "80902", "80903", "80904");

        Coverage coverage = coverage(ARRAS, avecInconnue, CHARTE);

        assertThat(coverage.withoutPopulation()).containsExactly("80904");
        assertThat(coverage.covered().communes()).isEqualTo(7);
        assertThat(coverage.total().communes()).isEqualTo(8);
        assertThat(coverage.covered().inhabitants()).isEqualTo(160_555);
    }

    @Test
    void a_priority_territory_without_population_leaves_the_target_unjudged() {
        ContratLocalSante qpvSansPopulation = contrat("A", StatutContrat.EN_COURS, LocalDate.of(2023, 7, 1), null,
                List.of(new Qpv(CodeQpv.of("QP062909"), "Sans population", null)), "62041");

        Coverage coverage = coverage(qpvSansPopulation, VAL, CHARTE);

        assertThat(coverage.priorityComplete()).isFalse();
        assertThat(coverage.priorityShare()).isPresent();
        assertThat(coverage.targetMet()).isEmpty();
        assertThat(coverage(ARRAS, VAL, CHARTE).priorityComplete()).isTrue();
    }

    @Test
    void a_qpv_the_data_lack_counts_with_the_population_its_contract_states() {
        ContratLocalSante avecQpv = contrat("A", StatutContrat.EN_COURS, LocalDate.of(2023, 7, 1), null,
                List.of(new Qpv(CodeQpv.of("QP062902"), "Autre", 1_200)), "62041");

        Coverage coverage = coverage(avecQpv);

        assertThat(coverage.covered().qpv()).isEqualTo(2);
        assertThat(coverage.covered().qpvInhabitants()).isEqualTo(6_200);
        assertThat(coverage.total().qpv()).isEqualTo(4);
    }

    @Test
    void a_contract_counts_from_its_signature_to_the_end_of_its_period() {
        ContratLocalSante futur = contrat("E", StatutContrat.SIGNE, AS_OF.plusDays(1), null, List.of(), "59903");
        ContratLocalSante signeCeJour = contrat("E", StatutContrat.SIGNE, AS_OF, null, List.of(), "59903");
        ContratLocalSante fini = contrat("F", StatutContrat.EN_COURS, LocalDate.of(2020, 1, 1), null, List.of(), "59903").toBuilder()
                .periode(Periode.du(LocalDate.of(2020, 1, 1), AS_OF.minusDays(1))).build();
        ContratLocalSante finitCeJour = fini.toBuilder().periode(Periode.du(LocalDate.of(2020, 1, 1), AS_OF)).build();

        assertThat(coverage(futur).covered().communes()).isZero();
        assertThat(coverage(signeCeJour).covered().communes()).isEqualTo(1);
        assertThat(coverage(fini).covered().communes()).isZero();
        assertThat(coverage(finitCeJour).covered().communes()).isEqualTo(1);
    }

    @Test
    void a_contract_in_preparation_or_of_another_region_covers_nothing() {
        ContratLocalSante enPreparation = contrat("G", StatutContrat.ELABORATION, null, null, List.of(), "59903");
        ContratLocalSante ailleurs = contrat("H", StatutContrat.EN_COURS, LocalDate.of(2024, 1, 1), null, List.of(), "59903").toBuilder()
                .region(CodeRegion.of(Region.OCCITANIE)).build();

        Coverage coverage = coverage(enPreparation, ailleurs);

        assertThat(coverage.covered()).isEqualTo(Figures.NONE);
        assertThat(coverage.byStage().get(Stade.EN_PREPARATION).communes()).isEqualTo(1);
        assertThat(coverage.contracts()).isZero();
    }

    @Test
    void a_signed_contract_naming_no_commune_nor_qpv_covers_nothing_and_is_told_apart() {
        ContratLocalSante sansTerritoire = contrat("PAYS", StatutContrat.EN_COURS, LocalDate.of(2024, 1, 1), null, List.of());
        ContratLocalSante sansTerritoireDuTout = sansTerritoire.toBuilder().id("RIEN").territoire(null).build();

        Coverage coverage = coverage(ARRAS, sansTerritoire, sansTerritoireDuTout);

        assertThat(coverage.contracts()).isEqualTo(1);
        assertThat(coverage.withoutTerritory()).containsExactly("PAYS", "RIEN");
        assertThat(coverage(ARRAS).withoutTerritory()).isEmpty();
        assertThat(coverage.covered()).isEqualTo(coverage(ARRAS).covered());
    }

    @Test
    void without_data_there_is_no_share_and_no_verdict_on_the_target() {
        Coverage coverage = Coverage.of(Region.HAUTS_DE_FRANCE, List.of(ARRAS, VAL), TerritorialData.empty(), AS_OF, TARGET);

        assertThat(coverage.covered().communes()).isEqualTo(4);
        assertThat(coverage.withoutPopulation()).containsExactly("62041", "80901", "80902", "80903", "QP062901");
        assertThat(coverage.priorityShare()).isEmpty();
        assertThat(coverage.share(Stade.SIGNE, Figures::priorityInhabitants)).isEmpty();
        assertThat(coverage.targetMet()).isEmpty();
        assertThat(new ArrayList<>(coverage.byStage().keySet())).containsExactly(Stade.values());
    }

    @Test
    void completed_by_the_geography_the_region_is_counted_whole_by_departement_and_by_epci() {
        // Arras alone, signed: 1 of the 46 communes of the CU d'Arras, of the Pas-de-Calais, of the region.
        ContratLocalSante arras = contrat("A", StatutContrat.SIGNE, LocalDate.of(2024, 1, 1), null, List.of(), "62041");
        TerritorialData data = TerritorialData.empty().withGeographie(Geographie.bundled(), AS_OF);
        long arrasInhabitants = data.commune(CodeCommune.of("62041")).orElseThrow().population();

        Coverage coverage = Coverage.of(Region.HAUTS_DE_FRANCE, List.of(arras), data, AS_OF, TARGET);

        assertThat(coverage.total().communes()).isEqualTo(data.communes(Region.HAUTS_DE_FRANCE).size()).isGreaterThan(3_700);
        assertThat(coverage.byDepartement()).extracting(Coverage.Part::code).containsExactly("02", "59", "60", "62", "80");
        assertThat(coverage.byDepartement()).filteredOn(p -> p.code().equals("62")).singleElement().satisfies(p -> {
            assertThat(p.nom()).isEqualTo("Pas-de-Calais");
            assertThat(p.communesCovered()).isEqualTo(1);
            assertThat(p.inhabitantsCovered()).isEqualTo(arrasInhabitants);
        });
        assertThat(coverage.byDepartement()).filteredOn(p -> !p.code().equals("62")).allSatisfy(p -> assertThat(p.communesCovered()).isZero());
        assertThat(coverage.byEpci()).filteredOn(p -> p.code().equals("200033579")).singleElement().satisfies(p -> {
            assertThat(p.nom()).isEqualTo("CU d'Arras");
            assertThat(p.communesCovered()).isEqualTo(1);
            assertThat(p.communes()).isEqualTo(46);
            assertThat(p.communesShare()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.0217"));
            assertThat(p.inhabitantsShare()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo(
                    BigDecimal.valueOf(arrasInhabitants).divide(BigDecimal.valueOf(p.inhabitants()), 4, RoundingMode.HALF_EVEN)));
        });
        assertThat(coverage.byDepartement().stream().mapToInt(Coverage.Part::communes).sum()).isEqualTo(coverage.total().communes());
        assertThat(coverage(ARRAS).byDepartement()).as("data without the geography have no parts").isEmpty();
    }
}
