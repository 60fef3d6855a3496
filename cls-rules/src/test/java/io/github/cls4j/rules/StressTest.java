package io.github.cls4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.Contrats;
import io.github.cls4j.core.RandomContracts;
import io.github.cls4j.core.contrat.ContratLocalSante;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A host shares one validator between eight threads under load, for a bounded time, and every
 * report must equal the one validated alone. The time is {@value #DEFAULT_SECONDS} s unless the
 * system property {@value #SECONDS_PROPERTY} says otherwise (see docs/reliability.md for a long
 * run); the figures of the run are written to {@code target/stress-test.txt}.
 */
@DisplayName("One validator shared by eight threads under load gives exactly the sequential reports")
class StressTest {

    private static final int THREADS = 8;
    private static final String SECONDS_PROPERTY = "cls4j.stress.seconds";
    private static final long DEFAULT_SECONDS = 10;

    /** One validation to make: a contract and the context it is validated in. */
    private record Case(ContratLocalSante contrat, ValidationContext context) {
    }

    /** What one thread did. */
    private record Tally(long validations, List<String> mismatches) {
    }

    @Test
    void eight_threads_for_a_bounded_time_get_the_sequential_reports() throws Exception {
        List<Case> cases = cases();
        List<ValidationReport> sequential = cases.stream().map(c -> Validators.BUNDLED.validate(c.contrat(), c.context())).toList();
        assertThat(sequential).anySatisfy(r -> assertThat(r.errors()).isNotEmpty()).anySatisfy(r -> assertThat(r.isValid()).isTrue());
        Duration duration = Duration.ofSeconds(Long.getLong(SECONDS_PROPERTY, DEFAULT_SECONDS));

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Tally> tallies = new ArrayList<>();
        long start;
        try {
            CountDownLatch ready = new CountDownLatch(1);
            List<Future<Tally>> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                // Each thread starts at a different place, so that threads validate different
                // contracts at once and the same contract too, later.
                int offset = t * cases.size() / THREADS;
                threads.add(pool.submit(() -> {
                    ready.await();
                    long deadline = System.nanoTime() + duration.toNanos();
                    long validations = 0;
                    List<String> mismatches = new ArrayList<>();
                    while (System.nanoTime() < deadline) {
                        int i = (int) ((offset + validations++) % cases.size());
                        Case c = cases.get(i);
                        if (!Validators.BUNDLED.validate(c.contrat(), c.context()).equals(sequential.get(i))) {
                            mismatches.add("case " + i + " (" + c.contrat().id() + ")");
                        }
                    }
                    return new Tally(validations, mismatches);
                }));
            }
            start = System.nanoTime();
            ready.countDown();
            for (Future<Tally> thread : threads) {
                tallies.add(thread.get());
            }
        } finally {
            pool.shutdownNow();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        long validations = tallies.stream().mapToLong(Tally::validations).sum();
        List<String> mismatches = tallies.stream().flatMap(t -> t.mismatches().stream()).toList();
        record(cases.size(), elapsed, validations, mismatches.size());

        assertThat(mismatches).isEmpty();
        assertThat(tallies).allSatisfy(t -> assertThat(t.validations()).isPositive());
        assertThat(validations).as("every case validated at least once under load").isGreaterThanOrEqualTo(cases.size());
    }

    /** Contracts valid and invalid, in French and English, with and without an as-of date. */
    private static List<Case> cases() {
        List<ContratLocalSante> contrats = new ArrayList<>(List.of(Contrats.complet(), Contrats.minimal(), Contrats.outreMer()));
        LongStream.range(0, 200).mapToObj(RandomContracts::contract).forEach(contrats::add);
        List<ValidationContext> contexts = List.of(ValidationContext.asOf(LocalDate.of(2026, 11, 23)),
                ValidationContext.defaults().withLocale(Locale.ENGLISH));
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < contrats.size(); i++) {
            cases.add(new Case(contrats.get(i), contexts.get(i % contexts.size())));
        }
        return cases;
    }

    private static void record(int cases, Duration elapsed, long validations, int mismatches) throws IOException {
        String figures = String.format(Locale.ROOT,
                "Stress test: %d threads, %d contracts, %.1f s, %d validations (%.0f per second), %d mismatches, %d processors%n", THREADS, cases, elapsed.toMillis() / 1000.0, validations, validations * 1000.0 / elapsed.toMillis(), mismatches,
                        Runtime.getRuntime().availableProcessors());
        Files.writeString(Path.of("target", "stress-test.txt"), figures, StandardCharsets.UTF_8);
    }
}
