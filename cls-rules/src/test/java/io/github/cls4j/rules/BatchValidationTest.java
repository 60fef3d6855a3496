package io.github.cls4j.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cls4j.core.Contrats;
import io.github.cls4j.core.RandomContracts;
import io.github.cls4j.core.contrat.ContratLocalSante;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Batches: the reports of many contracts, in their order, on the host's threads or on one")
class BatchValidationTest {

    private static final ValidationContext CONTEXT = ValidationContext.asOf(LocalDate.of(2026, 11, 23));

    private static List<ContratLocalSante> contrats() {
        List<ContratLocalSante> contrats = new ArrayList<>(List.of(Contrats.complet(), Contrats.minimal()));
        LongStream.range(0, 40).mapToObj(RandomContracts::contract).forEach(contrats::add);
        return contrats;
    }

    @Test
    void a_batch_gives_each_contract_its_own_report_in_order() {
        List<ContratLocalSante> contrats = contrats();

        List<ValidationReport> reports = Validators.BUNDLED.validateAll(contrats, CONTEXT);

        assertThat(reports).hasSize(contrats.size());
        for (int i = 0; i < contrats.size(); i++) {
            assertThat(reports.get(i)).isEqualTo(Validators.BUNDLED.validate(contrats.get(i), CONTEXT));
        }
        assertThat(reports.stream().map(ValidationReport::contractId).distinct()).hasSizeGreaterThan(1);
    }

    @Test
    void on_the_host_s_threads_the_reports_are_those_of_one_thread_in_the_same_order() {
        List<ContratLocalSante> contrats = contrats();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            assertThat(Validators.BUNDLED.validateAll(contrats, CONTEXT, pool))
                    .isEqualTo(Validators.BUNDLED.validateAll(contrats, CONTEXT));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_bad_context_fails_as_a_single_validation_would() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            assertThatThrownBy(() -> Validators.BUNDLED.validateAll(contrats(), CONTEXT.withProfile("bretagne"), pool))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bretagne");
        } finally {
            pool.shutdownNow();
        }
    }
}
