package io.github.cls4j.rules.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.Signataire;
import io.github.cls4j.core.contrat.TypeOrganisation;
import io.github.cls4j.core.json.ContractJson;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The property runner checks every try, and shrinks a failing contract to a small one that still fails")
class PropertyCheckTest {

    /** Fails for a contract with two signatories or more: the smallest such contract has two empty ones. */
    private static final Consumer<ContractCase> AT_MOST_ONE_SIGNATORY =
            c -> assertThat(c.contrat().signataires()).as("signatories").hasSizeLessThan(2);

    @Test
    void a_property_that_holds_is_checked_on_as_many_values_as_tries_and_passes() {
        List<ContractCase> seen = new ArrayList<>();

        int checked = PropertyCheck.forAll("holds", ContractCases::writable, ContractCases::shrink).check(25, seen::add);

        assertThat(checked).isEqualTo(Integer.getInteger(PropertyCheck.TRIES, 25));
        assertThat(seen).hasSize(checked);
        assertThat(seen.stream().map(ContractCase::json).distinct().count()).as("different contracts").isGreaterThan(checked / 2L);
    }

    @Test
    void a_property_that_fails_names_its_seed_and_try_and_shows_the_shrunk_contract() {
        PropertyCheck<ContractCase> property = PropertyCheck.forAll("at most one signatory", ContractCases::writable, ContractCases::shrink);

        assertThatThrownBy(() -> property.check(200, AT_MOST_ONE_SIGNATORY))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Property 'at most one signatory' falsified at try ")
                .hasMessageContaining("run again with -D" + PropertyCheck.SEED + "=")
                .hasMessageContaining("\"signataires\" : [ { }, { } ]")
                .hasCauseInstanceOf(AssertionError.class);
    }

    @Test
    void shrinking_leaves_only_what_the_failure_needs() {
        PropertyCheck.Counterexample<ContractCase> found = PropertyCheck.forAll("at most one signatory", ContractCases::writable,
                ContractCases::shrink).search(200, AT_MOST_ONE_SIGNATORY).orElseThrow();

        Signataire vide = new Signataire(null, null, null, null, null, null, null);
        assertThat(found.shrunk().contrat()).isEqualTo(ContratLocalSante.builder().signataires(vide, vide).build());
        assertThat(found.original().json().length()).isGreaterThan(found.shrunk().json().length());
        assertThat(found.budgetSpent()).isFalse();
    }

    @Test
    void a_contract_that_needs_a_named_ars_keeps_the_name_and_the_type_and_drops_the_rest() {
        Consumer<ContractCase> noNamedArs = c -> assertThat(c.contrat().signataires())
                .noneMatch(s -> s.type() == TypeOrganisation.ARS && s.nom() != null && !s.nom().isEmpty());

        ContractCase shrunk = PropertyCheck.forAll("no named ARS", ContractCases::writable, ContractCases::shrink)
                .search(300, noNamedArs).orElseThrow().shrunk();

        Signataire ars = shrunk.contrat().signataires().get(0);
        assertThat(shrunk.contrat().signataires()).hasSize(1);
        assertThat(ars.nom().codePointCount(0, ars.nom().length())).as("characters left of the name").isEqualTo(1);
        assertThat(ContractJson.parse(shrunk.json())).isEqualTo(ContratLocalSante.builder()
                .signataires(new Signataire(ars.nom(), TypeOrganisation.ARS, null, null, null, null, null)).build());
    }

    @Test
    void the_same_seed_and_try_give_the_same_value() {
        for (int i = 0; i < 20; i++) {
            assertThat(ValidationCase.generate(PropertyCheck.random(42, i))).isEqualTo(ValidationCase.generate(PropertyCheck.random(42, i)));
        }
        assertThat(ContractCases.any(PropertyCheck.random(42, 0))).isNotEqualTo(ContractCases.any(PropertyCheck.random(42, 1)));
    }
}
