package io.github.cls4j.rules.portfolio;

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
import java.util.Arrays;
import java.util.List;

/**
 * A portfolio small enough to count by hand (issue 9; after the samples 000, 001 and 002, with
 * populations made up for the test): seven communes of Hauts-de-France, three QPV, three PRAPS
 * territories, and three contracts covering six of the communes, one of them by a charte.
 */
final class PortfolioFixtures {

    static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);
    static final BigDecimal TARGET = new BigDecimal("0.75");

    static final TerritorialData DATA = TerritorialData.of(
            List.of(commune("62041", 41_555L), commune("80901", 10_000L), commune("80902", 8_000L), commune("80903", 6_000L),
                    commune("59901", 60_000L), commune("59902", 35_000L), commune("59903", 20_000L)),
            List.of(qpv("QP062901", 5_000L, "62041"), qpv("QP059901", 6_000L, "59901"), qpv("QP059903", 4_000L, "59903")),
            List.of(praps("T1", "62041"), praps("T2", "59901", "59902"), praps("T3", "59903")));

    /** Arras, in force since 2023-07-01, lists its QPV. */
    static final ContratLocalSante ARRAS = contrat("A", StatutContrat.EN_COURS, LocalDate.of(2023, 7, 1), null,
            List.of(new Qpv(CodeQpv.of("QP062901"), "Quartier", null)), "62041");
    /** A communauté de communes, in force since 2024-01-01. */
    static final ContratLocalSante VAL = contrat("B", StatutContrat.EN_COURS, LocalDate.of(2024, 1, 1), null, List.of(),
            "80901", "80902", "80903");
    /** A charte signed in 2019; its QPV is covered through its commune, not listed. */
    static final ContratLocalSante CHARTE = contrat("C", StatutContrat.ENGAGEMENT, null, LocalDate.of(2019, 5, 15), List.of(),
            "59901", "59902");

    static Commune commune(String code, Long population) {
        return new Commune(CodeCommune.of(code), "Commune " + code, population, 2021, "test");
    }

    static QuartierPrioritaire qpv(String code, Long population, String... communes) {
        return new QuartierPrioritaire(CodeQpv.of(code), "QPV " + code, population, 2021,
                Arrays.stream(communes).map(CodeCommune::of).toList(), "test");
    }

    static TerritoirePraps praps(String id, String... communes) {
        return new TerritoirePraps(id, CodeRegion.of(Region.HAUTS_DE_FRANCE), "Territoire " + id,
                Arrays.stream(communes).map(CodeCommune::of).toList(), "test");
    }

    static ContratLocalSante contrat(String id, StatutContrat statut, LocalDate debut, LocalDate charte, List<Qpv> qpv,
            String... communes) {
        Territoire territoire = new Territoire("Territoire " + id, TypeTerritoire.COMMUNAUTE_DE_COMMUNES, null,
                Arrays.stream(communes).map(CodeCommune::of).toList(), null, qpv, null, true, null);
        return Exemples.builder().id(id).statut(statut).territoire(territoire)
                .periode(debut == null ? null : Periode.du(debut, LocalDate.of(2028, 12, 31)))
                .dateSignature(debut).dateCharte(charte).build();
    }

    private PortfolioFixtures() {
    }
}
