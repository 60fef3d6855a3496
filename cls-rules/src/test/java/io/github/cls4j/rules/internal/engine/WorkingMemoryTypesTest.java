package io.github.cls4j.rules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.strategie.AxeStrategique;
import io.github.cls4j.core.strategie.RattacheAuPrs;
import io.github.cls4j.rules.facts.ObjectifPrs;
import io.github.cls4j.rules.internal.load.BundledModel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

/** A validation inserts only the facts of the types some pattern of the rule base matches. */
@DisplayName("The types worth inserting are those a pattern of the rule base matches, subtypes included")
class WorkingMemoryTypesTest {

    private static final KieBase BUNDLED = BundledModel.load();

    @Test
    @DisplayName("the bundled rules match the contract, the PRS objectives and, through RattacheAuPrs, the axes")
    void bundled() {
        WorkingMemoryTypes types = WorkingMemoryTypes.of(BUNDLED);

        assertThat(types.matchesType(ContratLocalSante.class)).isTrue();
        assertThat(types.matchesType(ObjectifPrs.class)).isTrue();
        assertThat(types.matchesType(AxeStrategique.class)).isTrue();
        assertThat(types.matchesType(RattacheAuPrs.class)).isTrue();
        assertThat(types.matchesType(String.class)).isFalse();
    }
}
