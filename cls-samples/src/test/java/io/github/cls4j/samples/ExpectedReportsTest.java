package io.github.cls4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.ValidationContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every sample against its golden file, {@code NAME.attendu.txt}. After a deliberate change of
 * the rules, {@code mvn -pl cls-samples -am test -Dcls4j.samples.update=true} rewrites the golden
 * files (their comments are kept); {@code git diff} then shows what the change did to each sample.
 */
@DisplayName("Every sample gives its expected report, as of 2026-11-23")
class ExpectedReportsTest {

    private static final String UPDATE = "cls4j.samples.update";
    private static final Path FOLDER = Path.of("src/main/resources" + SampleContracts.FOLDER);
    private static final ContractValidator VALIDATOR = ContractValidator.builder().build();
    private static final ValidationContext CONTEXT = ValidationContext.asOf(SampleContracts.EXPECTED_AS_OF);

    @TestFactory
    Stream<DynamicTest> each_sample_gives_its_expected_report() {
        return SampleContracts.names().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Path golden = FOLDER.resolve(SampleContracts.expectedReportName(name));
            List<String> comments = Files.exists(golden)
                    ? ExpectedReport.parse(Files.readString(golden, StandardCharsets.UTF_8)).comments() : List.<String>of();
            ExpectedReport actual = ExpectedReport.of(VALIDATOR.validate(SampleContracts.read(name), CONTEXT), comments);
            if (Boolean.getBoolean(UPDATE)) {
                Files.writeString(golden, actual.text(), StandardCharsets.UTF_8);
            }
            assertThat(golden).as("the expected report of %s; write it with -D%s=true", name, UPDATE).exists();
            assertThat(Files.readString(golden, StandardCharsets.UTF_8))
                    .as("%s differs from its expected report; after a deliberate change of the rules run "
                            + "mvn -pl cls-samples -am test -D%s=true and review git diff", name, UPDATE)
                    .isEqualTo(actual.text());
        }));
    }

    @Test
    void each_seed_has_a_variant_that_breaks_a_rule_the_seed_keeps() {
        for (String seed : SampleContracts.seeds()) {
            List<String> variants = SampleContracts.variants().stream().filter(v -> SampleContracts.seedOf(v).equals(seed)).toList();
            assertThat(variants).as("the variants of %s", seed).isNotEmpty();
            List<String> seedFindings = SampleContracts.expectedReport(seed).findings();
            for (String variant : variants) {
                assertThat(SampleContracts.expectedReport(variant).findings()).as(variant)
                        .anySatisfy(f -> assertThat(seedFindings).doesNotContain(f));
            }
        }
    }

    @Test
    void every_golden_file_belongs_to_a_sample() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".attendu.txt")))
                    .containsExactlyInAnyOrderElementsOf(SampleContracts.names().stream().map(SampleContracts::expectedReportName).toList());
        }
    }

    @Test
    void a_golden_file_reads_back_as_it_was_written() {
        ExpectedReport report = SampleContracts.expectedReport(SampleContracts.seeds().get(0));

        assertThat(ExpectedReport.parse(report.text())).isEqualTo(report);
        assertThat(report.findings()).isNotEmpty();
    }
}
