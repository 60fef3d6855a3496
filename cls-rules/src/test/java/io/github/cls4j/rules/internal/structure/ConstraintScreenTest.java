package io.github.cls4j.rules.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.Contrats;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.rules.JsonMutations;
import io.github.cls4j.rules.exemples.Exemples;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The constraint screen answers as Hibernate Validator does")
class ConstraintScreenTest {

    private static final Validator HIBERNATE = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private final ConstraintScreen screen = new ConstraintScreen(HIBERNATE);

    @Test
    void every_type_of_the_model_is_screened_so_that_no_contract_needs_hibernate_validator_to_pass() {
        assertThat(screen.unscreened(ContratLocalSante.class)).isEmpty();
    }

    @Test
    void a_contract_with_a_value_made_invalid_in_turn_passes_the_screen_exactly_when_hibernate_validator_finds_nothing() {
        List<ContratLocalSante> contracts = new ArrayList<>();
        for (ContratLocalSante base : List.of(Contrats.complet(), Contrats.outreMer(), Contrats.minimal(), Exemples.conforme())) {
            contracts.add(base);
            // Each value replaced by each breaking value, each property removed, each list given an item.
            JsonMutations.eachSingleChange(JsonMutations.tree(base), mutated -> JsonMutations.read(mutated).ifPresent(contracts::add));
        }

        int passing = 0;
        for (ContratLocalSante contrat : contracts) {
            boolean valid = HIBERNATE.validate(contrat).isEmpty();
            assertThat(screen.passes(contrat)).as("screen where Hibernate Validator finds %s", HIBERNATE.validate(contrat)).isEqualTo(valid);
            passing += valid ? 1 : 0;
        }
        // Both answers occur many times: the comparison is not vacuous.
        assertThat(passing).isGreaterThan(100);
        assertThat(contracts.size() - passing).isGreaterThan(100);
    }

    @Test
    void an_empty_contract_fails_the_screen() {
        assertThat(screen.passes(ContratLocalSante.builder().build())).isFalse();
    }
}
