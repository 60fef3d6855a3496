package io.github.cls4j.rules.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.Contrats;
import io.github.cls4j.core.contrat.ContratLocalSante;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Hibernate Validator starts only for a contract that breaks a constraint, or when asked to")
class StructuralCheckTest {

    @Test
    void a_contract_that_passes_the_screen_is_checked_without_starting_hibernate_validator() {
        StructuralCheck check = new StructuralCheck();

        assertThat(check.check(Contrats.complet(), Locale.FRENCH)).isEmpty();
        assertThat(check.started()).isFalse();
    }

    @Test
    void a_contract_that_breaks_a_constraint_starts_it_and_gets_its_violations() {
        StructuralCheck check = new StructuralCheck();

        assertThat(check.check(ContratLocalSante.builder().build(), Locale.FRENCH)).isNotEmpty();
        assertThat(check.started()).isTrue();
    }

    @Test
    void prepare_starts_it_before_any_contract() {
        StructuralCheck check = new StructuralCheck();

        check.prepare();

        assertThat(check.started()).isTrue();
    }
}
