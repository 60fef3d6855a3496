package io.github.cls4j.rules.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.code.CodeCommune;
import io.github.cls4j.core.code.CodeQpv;
import io.github.cls4j.core.code.CodeRegion;
import io.github.cls4j.core.code.Region;
import io.github.cls4j.core.commun.Periode;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.StatutContrat;
import io.github.cls4j.core.territoire.Qpv;
import io.github.cls4j.core.territoire.Territoire;
import io.github.cls4j.core.territoire.TypeTerritoire;
import io.github.cls4j.rules.exemples.Exemples;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A portfolio small enough to count by hand (issue 9; after the samples 000, 001 and 002, with
 * populations made up for the test): seven communes of Hauts-de-France, three QPV, three PRAPS
 * territories, and three contracts covering six of the communes, one of them by a charte.
 */
@DisplayName("Coverage of a region, counted by hand: each commune and QPV once, chartes apart, against the target")
class CoverageTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);
    private static final BigDecimal TARGET = new BigDecimal("0.75");

    private static final TerritorialData DATA = TerritorialData.of(
            List.of(commune("62041", 41_555L), commune("80901", 10_000L), commune("80902", 8_000L), commune("80903", 6_000L),
                    commune("59901", 60_000L), commune("59902", 35_000L), commune("59903", 20_000L)),
            List.of(qpv("QP062901", 5_000L, "62041"), qpv("QP059901", 6_000L, "59901"), qpv("QP059903", 4_000L, "59903")),
            List.of(praps("T1", "62041"), praps("T2", "59901", "59902"), praps("T3", "59903")));

    /** Arras, in force since 2023-07-01, lists its QPV. */
    private static final ContratLocalSante ARRAS = contrat("A", StatutContrat.EN_COURS, LocalDate.of(2023, 7, 1), null,
            List.of(new Qpv(CodeQpv.of("QP062901"), "Quartier", null)), "62041");
    /** A communauté de communes, in force since 2024-01-01. */
    private static final ContratLocalSante VAL = contrat("B", StatutContrat.EN_COURS, LocalDate.of(2024, 1, 1), null, List.of(),
            "80901", "80902", "80903");
    /** A charte signed in 2019; its QPV is covered through its commune, not listed. */
    private static final ContratLocalSante CHARTE = contrat("C", StatutContrat.ENGAGEMENT, null, LocalDate.of(2019, 5, 15), List.of(),
            "59901", "59902");

    private static Commune commune(String code, Long population) {
        return new Commune(CodeCommune.of(code), "Commune " + code, population, 2021, "test");
    }

    private static QuartierPrioritaire qpv(String code, Long population, String... communes) {
        return new QuartierPrioritaire(CodeQpv.of(code), "QPV " + code, population, 2021,
                Arrays.stream(communes).map(CodeCommune::of).toList(), "test");
    }

    private static TerritoirePraps praps(String id, String... communes) {
        return new TerritoirePraps(id, CodeRegion.of(Region.HAUTS_DE_FRANCE), "Territoire " + id,
                Arrays.stream(communes).map(CodeCommune::of).toList(), "test");
    }

    private static ContratLocalSante contrat(String id, StatutContrat statut, LocalDate debut, LocalDate charte, List<Qpv> qpv,
            String... communes) {
        Territoire territoire = new Territoire("Territoire " + id, TypeTerritoire.COMMUNAUTE_DE_COMMUNES, null,
                Arrays.stream(communes).map(CodeCommune::of).toList(), null, qpv, null, true, null);
        return Exemples.builder().id(id).statut(statut).territoire(territoire)
                .periode(debut == null ? null : Periode.du(debut, LocalDate.of(2028, 12, 31)))
                .dateSignature(debut).dateCharte(charte).build();
    }

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
    void without_data_there_is_no_share_and_no_verdict_on_the_target() {
        Coverage coverage = Coverage.of(Region.HAUTS_DE_FRANCE, List.of(ARRAS, VAL), TerritorialData.empty(), AS_OF, TARGET);

        assertThat(coverage.covered().communes()).isEqualTo(4);
        assertThat(coverage.withoutPopulation()).containsExactly("62041", "80901", "80902", "80903", "QP062901");
        assertThat(coverage.priorityShare()).isEmpty();
        assertThat(coverage.targetMet()).isEmpty();
        assertThat(new ArrayList<>(coverage.byStage().keySet())).containsExactly(Stade.values());
    }
}
