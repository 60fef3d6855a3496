package io.github.cls4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.Contrats;
import io.github.cls4j.core.RandomContracts;
import io.github.cls4j.core.contrat.ContratLocalSante;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("One validator shared by many threads gives exactly the sequential reports")
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final ValidationContext CONTEXT = ValidationContext.asOf(LocalDate.of(2026, 11, 23));

    @Test
    void eight_threads_validating_the_same_contracts_get_the_sequential_reports() throws Exception {
        List<ContratLocalSante> contrats = new ArrayList<>(List.of(Contrats.complet(), Contrats.minimal(), Contrats.outreMer()));
        LongStream.range(0, 60).mapToObj(RandomContracts::contract).forEach(contrats::add);
        List<ValidationReport> sequential = contrats.stream().map(c -> Validators.BUNDLED.validate(c, CONTEXT)).toList();
        assertThat(sequential).anySatisfy(r -> assertThat(r.findings()).isNotEmpty());

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<ValidationReport>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                Callable<List<ValidationReport>> task = () -> {
                    start.await();
                    List<ValidationReport> reports = new ArrayList<>();
                    // Each thread walks the contracts from a different place, so that the same contract
                    // is validated by several threads at once.
                    for (int i = 0; i < contrats.size(); i++) {
                        reports.add(null);
                    }
                    for (int round = 0; round < 5; round++) {
                        for (int k = 0; k < contrats.size(); k++) {
                            int i = (k + offset * 7) % contrats.size();
                            reports.set(i, Validators.BUNDLED.validate(contrats.get(i), CONTEXT));
                        }
                    }
                    return reports;
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (Future<List<ValidationReport>> result : results) {
                assertThat(result.get()).isEqualTo(sequential);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
