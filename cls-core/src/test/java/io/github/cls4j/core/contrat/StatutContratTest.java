package io.github.cls4j.core.contrat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("A contract is concluded from its signature on")
class StatutContratTest {

    @ParameterizedTest
    @EnumSource(names = {"ENGAGEMENT", "DIAGNOSTIC", "ELABORATION"})
    void a_project_is_not_concluded(StatutContrat statut) {
        assertThat(statut.estConclu()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(names = {"SIGNE", "EN_COURS", "EVALUE", "ECHU", "RENOUVELE"})
    void a_signed_contract_is_concluded(StatutContrat statut) {
        assertThat(statut.estConclu()).isTrue();
    }
}
