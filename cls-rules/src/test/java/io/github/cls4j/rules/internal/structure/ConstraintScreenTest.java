package io.github.cls4j.rules.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.Contrats;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.rules.JsonMutations;
import io.github.cls4j.rules.exemples.Exemples;
import io.github.cls4j.rules.internal.structure.elsewhere.OutOfReach;
import jakarta.validation.Validation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The constraint screen answers as Hibernate Validator does")
class ConstraintScreenTest {

    private static final Validator HIBERNATE = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private final ConstraintScreen screen = new ConstraintScreen();

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

    /** Records the screen must leave to Hibernate Validator: each holds what it does not evaluate. */
    interface Named {
        @NotNull
        String getNom();
    }

    interface Default2 {
    }

    record InAGroup(@NotNull(groups = Default2.class) String nom) {
    }

    record UnknownConstraint(@Size(max = 2) String nom) {
    }

    record ConstraintList(@NotNull.List({@NotNull}) String nom) {
    }

    record InAMap(Map<String, @NotNull String> valeurs) {
    }

    record ListOfLists(List<List<@NotNull String>> valeurs) {
    }

    record FromAnInterface(String nom) implements Named {
        @Override
        public String getNom() {
            return nom;
        }
    }

    record CascadingToUnscreened(@Valid UnknownConstraint inner) {
    }

    record Screened(@NotNull @NotBlank String nom, List<@NotNull @Valid Screened> enfants) {
    }

    static final class NotARecord {
        @NotNull
        private final String nom = null;
    }

    @Test
    void a_type_holding_what_the_screen_does_not_evaluate_is_not_screened_and_always_goes_to_hibernate_validator() {
        for (Class<?> type : List.of(InAGroup.class, UnknownConstraint.class, ConstraintList.class, InAMap.class, ListOfLists.class,
                FromAnInterface.class, NotARecord.class)) {
            assertThat(screen.unscreened(type)).as(type.getSimpleName()).containsExactly(type);
        }
        assertThat(screen.unscreened(CascadingToUnscreened.class)).containsExactly(UnknownConstraint.class);
        assertThat(screen.passes(new InAGroup("x"))).isFalse();
        assertThat(screen.passes(new CascadingToUnscreened(new UnknownConstraint("x")))).isFalse();
    }

    @Test
    void a_record_of_known_constraints_is_screened_as_hibernate_validator_judges_it() {
        assertThat(screen.unscreened(Screened.class)).isEmpty();
        List<Screened> cases = List.of(new Screened("a", List.of()), new Screened(" ", List.of()),
                new Screened("a", List.of(new Screened("b", List.of()))), new Screened("a", List.of(new Screened(null, List.of()))),
                new Screened("a", java.util.Arrays.asList(new Screened("b", List.of()), null)), new Screened("a", null));
        for (Screened screened : cases) {
            assertThat(screen.passes(screened)).as("%s", screened).isEqualTo(HIBERNATE.validate(screened).isEmpty());
        }
    }

    @Test
    void a_record_whose_accessors_the_screen_may_not_link_to_is_not_screened_and_goes_to_hibernate_validator() {
        assertThat(screen.unscreened(OutOfReach.type())).containsExactly(OutOfReach.type());
        assertThat(screen.passes(OutOfReach.of("x"))).isFalse();
    }

    @Test
    void an_empty_contract_fails_the_screen() {
        assertThat(screen.passes(ContratLocalSante.builder().build())).isFalse();
    }
}
