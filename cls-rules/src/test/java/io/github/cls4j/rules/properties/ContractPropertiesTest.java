package io.github.cls4j.rules.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.Contrats;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.Finding;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.rules.ValidationReport;
import io.github.cls4j.rules.Validators;
import io.github.cls4j.rules.WaivedFinding;
import io.github.cls4j.rules.exemples.Exemples;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("For generated contracts, good and bad, validation and the JSON format keep their promises")
class ContractPropertiesTest {

    private static final ContractValidator VALIDATOR = Validators.BUNDLED;
    private static final int THREADS = 8;
    private static final int BATCH = 40;

    /** Validated between two validations of the same contract: a pooled session must forget them. */
    private static final List<ContratLocalSante> OTHERS = List.of(Contrats.complet(), ContratLocalSante.builder().build());

    private static ExecutorService pool;

    @BeforeAll
    static void startThreads() {
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterAll
    static void stopThreads() {
        pool.shutdownNow();
    }

    @Test
    void validating_a_contract_twice_gives_equal_reports_with_and_without_an_as_of_date_in_french_and_english() {
        AtomicInteger findings = new AtomicInteger();
        int tries = PropertyCheck.forAll("deterministic validation", ValidationCase::generate, ValidationCase::shrink).check(120, c -> {
            // The generated context's profile, with and without its day (the examples' when it has none), in both languages.
            ValidationContext context = c.context();
            LocalDate day = context.asOf() != null ? context.asOf() : Exemples.CONTROLE;
            for (ValidationContext each : List.of(
                    context.withAsOf(null).withLocale(Locale.FRENCH), context.withAsOf(null).withLocale(Locale.ENGLISH),
                    context.withAsOf(day).withLocale(Locale.FRENCH), context.withAsOf(day).withLocale(Locale.ENGLISH))) {
                ValidationReport first = VALIDATOR.validate(c.contractCase().contrat(), each);
                OTHERS.forEach(other -> VALIDATOR.validate(other, each));
                ValidationReport again = VALIDATOR.validate(c.contractCase().contrat(), each);
                ContratLocalSante copy = c.contractCase().freshCopy();
                assertThat(copy).as("a fresh copy of the contract").isEqualTo(c.contractCase().contrat());
                ValidationReport ofACopy = VALIDATOR.validate(copy, each);

                assertSameReport(again, first, "validated again in " + each);
                assertSameReport(ofACopy, first, "an equal contract made of other instances, in " + each);
                findings.addAndGet(first.findings().size() + first.waived().size());
            }
        });
        // Not vacuous: the generated contracts give findings, many of them.
        assertThat(findings.get()).isGreaterThan(20 * tries);
    }

    @Test
    void validating_on_eight_threads_gives_the_sequential_reports() {
        PropertyCheck.Generator<List<ValidationCase>> batches = random ->
                Stream.generate(() -> ValidationCase.generate(random)).limit(BATCH).toList();
        PropertyCheck.forAll("concurrent validation", batches, ContractPropertiesTest::fewer).check(8, batch -> {
            List<ValidationReport> sequential = batch.stream().map(c -> VALIDATOR.validate(c.contractCase().contrat(), c.context())).toList();

            // Each contract in its own context, all started at once, in reverse order.
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<ValidationReport>> futures = new ArrayList<>();
            for (int i = batch.size() - 1; i >= 0; i--) {
                ValidationCase c = batch.get(i);
                futures.add(0, CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return VALIDATOR.validate(c.contractCase().contrat(), c.context());
                }, pool));
            }
            start.countDown();
            for (int i = 0; i < batch.size(); i++) {
                assertSameReport(futures.get(i).join(), sequential.get(i), "contract " + i + " of the batch, on " + THREADS + " threads");
            }

            // The batch API, in one context.
            ValidationContext one = batch.get(0).context();
            List<ContratLocalSante> contrats = batch.stream().map(c -> c.contractCase().contrat()).toList();
            List<ValidationReport> inOrder = VALIDATOR.validateAll(contrats, one);
            List<ValidationReport> onThreads = VALIDATOR.validateAll(contrats, one, pool);
            for (int i = 0; i < batch.size(); i++) {
                assertSameReport(onThreads.get(i), inOrder.get(i), "contract " + i + " of validateAll on " + THREADS + " threads");
            }
        });
    }

    @Test
    void writing_then_reading_a_generated_contract_gives_it_back_and_writing_it_again_the_same_text() {
        PropertyCheck.forAll("JSON round trip", ContractCases::writable, ContractCases::shrink).check(400, c -> {
            String json = ContractJson.toJson(c.contrat());
            ContratLocalSante read = ContractJson.parse(json);

            assertThat(read).as("the contract read back").isEqualTo(c.contrat());
            assertThat(ContractJson.toJson(read)).as("the text written again").isEqualTo(json);
        });
    }

    @Test
    void every_finding_points_at_an_element_of_the_contract_or_at_a_property_of_one() {
        AtomicInteger ruleFindings = new AtomicInteger();
        AtomicInteger structuralFindings = new AtomicInteger();
        int tries = PropertyCheck.forAll("finding paths resolve", ValidationCase::generate, ValidationCase::shrink).check(300, c -> {
            ContratLocalSante contrat = c.contractCase().contrat();
            ValidationReport report = VALIDATOR.validate(contrat, c.context());
            PathResolution resolution = PathResolution.in(contrat);

            List<Finding> all = Stream.concat(report.findings().stream(), report.waived().stream().map(WaivedFinding::finding)).toList();
            List<String> unresolved = all.stream()
                    .flatMap(f -> resolution.problem(f).map(p -> f.ruleId() + " at '" + f.path() + "': " + p).stream())
                    .toList();
            assertThat(unresolved).as("findings whose path does not resolve").isEmpty();
            all.forEach(f -> (f.ruleId().startsWith("CLS-STRUCT-") ? structuralFindings : ruleFindings).incrementAndGet());
        });
        // Not vacuous: both kinds of finding, many of them.
        assertThat(ruleFindings.get()).isGreaterThan(5 * tries);
        assertThat(structuralFindings.get()).isGreaterThan(2 * tries);
    }

    /** Fails with the first difference rather than two whole reports. */
    private static void assertSameReport(ValidationReport actual, ValidationReport expected, String what) {
        if (actual.equals(expected)) {
            return;
        }
        throw new AssertionError(what + ": the report differs: " + difference(actual, expected).orElse(
                "in its header: " + header(actual) + " instead of " + header(expected)));
    }

    private static Optional<String> difference(ValidationReport actual, ValidationReport expected) {
        Optional<String> findings = difference("finding", actual.findings(), expected.findings());
        return findings.isPresent() ? findings : difference("waived finding", actual.waived(), expected.waived());
    }

    private static <T> Optional<String> difference(String what, List<T> actual, List<T> expected) {
        for (int i = 0; i < Math.max(actual.size(), expected.size()); i++) {
            T a = i < actual.size() ? actual.get(i) : null;
            T e = i < expected.size() ? expected.get(i) : null;
            if (a == null || !a.equals(e)) {
                return Optional.of(what + " " + i + " is " + a + " instead of " + e
                        + " (" + actual.size() + " instead of " + expected.size() + " in all)");
            }
        }
        return Optional.empty();
    }

    private static String header(ValidationReport r) {
        return List.of(String.valueOf(r.contractId()), r.profile(), r.ruleSetVersion(), String.valueOf(r.asOf()),
                String.valueOf(r.legalDate())).toString();
    }

    /** Smaller batches: halves first, then one contract less, then one contract smaller. */
    private static Stream<List<ValidationCase>> fewer(List<ValidationCase> batch) {
        Stream<List<ValidationCase>> halves = batch.size() < 2 ? Stream.empty()
                : Stream.of(batch.subList(0, batch.size() / 2), batch.subList(batch.size() / 2, batch.size()));
        Stream<List<ValidationCase>> oneLess = batch.size() < 2 ? Stream.empty() : IntStream.range(0, batch.size()).mapToObj(i -> {
            List<ValidationCase> copy = new ArrayList<>(batch);
            copy.remove(i);
            return copy;
        });
        Stream<List<ValidationCase>> oneSmaller = IntStream.range(0, batch.size()).boxed()
                .flatMap(i -> ValidationCase.shrink(batch.get(i)).map(smaller -> {
                    List<ValidationCase> copy = new ArrayList<>(batch);
                    copy.set(i, smaller);
                    return copy;
                }));
        return Stream.of(halves, oneLess, oneSmaller).flatMap(s -> s);
    }

    private static void await(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
