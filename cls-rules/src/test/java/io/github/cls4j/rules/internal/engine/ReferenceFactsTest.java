package io.github.cls4j.rules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.code.CodeRegion;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.StatutContrat;
import io.github.cls4j.core.strategie.AxeStrategique;
import io.github.cls4j.rules.facts.ComposantePrs;
import io.github.cls4j.rules.facts.ObjectifPrs;
import io.github.cls4j.rules.facts.ProjetRegionalSante;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A validation sees the PRS data of its region, of the PRS it names and of the codes it cites. */
@DisplayName("Each validation sees the reference data that concern its contract, in their order")
class ReferenceFactsTest {

    private static final ProjetRegionalSante PRS_HDF = new ProjetRegionalSante("PRS-HDF", "32", null, null, null);
    private static final ObjectifPrs HDF_1 = objectif("HDF-1", PRS_HDF);
    private static final ProjetRegionalSante PRS_OCC = new ProjetRegionalSante("PRS-OCC", "76", null, null, null);
    private static final ObjectifPrs OCC_1 = objectif("OCC-1", PRS_OCC);
    private static final ObjectifPrs OCC_2 = objectif("OCC-2", PRS_OCC);
    private static final ProjetRegionalSante PRS_NOR = new ProjetRegionalSante("PRS-NOR", "28", null, null, null);
    private static final ObjectifPrs NOR_1 = objectif("NOR-1", PRS_NOR);
    private static final ReferenceFacts DATA = new ReferenceFacts(List.of(PRS_HDF, HDF_1, PRS_OCC, OCC_1, OCC_2, PRS_NOR, NOR_1), "test");

    @Test
    @DisplayName("the PRS of the contract's region and its objectives, not those of other regions")
    void region() {
        assertThat(DATA.concerning(contrat("32", null), List.of())).containsExactly(PRS_HDF, HDF_1);
    }

    @Test
    @DisplayName("the PRS the contract names, of another region, and its objectives")
    void named() {
        assertThat(DATA.concerning(contrat("32", "PRS-NOR"), List.of())).containsExactly(PRS_HDF, HDF_1, PRS_NOR, NOR_1);
    }

    @Test
    @DisplayName("an objective of another region that an element cites, and its PRS, not its neighbours")
    void cited() {
        AxeStrategique axe = new AxeStrategique("A1", "Axe", List.of(), List.of(), List.of("OCC-1"), List.of());
        assertThat(DATA.concerning(contrat("32", "PRS-HDF"), List.of(axe))).containsExactly(PRS_HDF, HDF_1, PRS_OCC, OCC_1);
    }

    @Test
    @DisplayName("a contract without region or PRS sees only what it cites")
    void withoutRegion() {
        AxeStrategique axe = new AxeStrategique("A1", "Axe", List.of(), List.of(), List.of("NOR-1", "INCONNU"), List.of());
        assertThat(DATA.concerning(contrat(null, null), List.of(axe))).containsExactly(PRS_NOR, NOR_1);
        assertThat(DATA.concerning(contrat(null, null), List.of())).isEmpty();
    }

    @Test
    @DisplayName("its types are those of its facts, which a rule set may match or not")
    void types() {
        assertThat(DATA.types()).containsExactlyInAnyOrder(ProjetRegionalSante.class, ObjectifPrs.class);
        assertThat(new ReferenceFacts(List.of(), "vide").types()).isEmpty();
    }

    private static ObjectifPrs objectif(String code, ProjetRegionalSante prs) {
        return new ObjectifPrs(code, prs.id(), prs.region(), ComposantePrs.SRS, null, null, null);
    }

    private static ContratLocalSante contrat(String region, String prs) {
        return new ContratLocalSante("cls", "Contrat", null, StatutContrat.EN_COURS, region == null ? null : CodeRegion.of(region), prs,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
