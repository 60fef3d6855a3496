package io.github.cls4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.contrat.ContratLocalSante;
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
@DisplayName("Every sample and every real contract gives its expected report, as of 2026-11-23")
class ExpectedReportsTest {

    private static final String UPDATE = "cls4j.samples.update";
    private static final Path FOLDER = Path.of("src/main/resources" + SampleContracts.FOLDER);
    private static final Path CORPUS = Path.of("src/main/resources" + SampleContracts.CORPUS);
    private static final ContractValidator VALIDATOR = ContractValidator.builder().build();
    private static final ValidationContext CONTEXT = ValidationContext.asOf(SampleContracts.EXPECTED_AS_OF);

    @TestFactory
    Stream<DynamicTest> each_sample_gives_its_expected_report() {
        return SampleContracts.names().stream().map(name -> DynamicTest.dynamicTest(name,
                () -> compare(FOLDER, name, SampleContracts.read(name))));
    }

    /**
     * Each real contract against its golden file, whose comment says where the contract comes
     * from and, for each error, the text it breaks or why the error does not hold.
     */
    @TestFactory
    Stream<DynamicTest> each_real_contract_gives_its_expected_report() {
        return SampleContracts.corpus().stream().map(name -> DynamicTest.dynamicTest(name,
                () -> compare(CORPUS, name, SampleContracts.readReal(name))));
    }

    private static void compare(Path folder, String name, ContratLocalSante contrat) throws IOException {
        Path golden = folder.resolve(SampleContracts.expectedReportName(name));
        List<String> comments = Files.exists(golden)
                ? ExpectedReport.parse(Files.readString(golden, StandardCharsets.UTF_8)).comments() : List.<String>of();
        ExpectedReport actual = ExpectedReport.of(VALIDATOR.validate(contrat, CONTEXT), comments);
        if (Boolean.getBoolean(UPDATE)) {
            Files.writeString(golden, actual.text(), StandardCharsets.UTF_8);
        }
        assertThat(golden).as("the expected report of %s; write it with -D%s=true", name, UPDATE).exists();
        assertThat(Files.readString(golden, StandardCharsets.UTF_8))
                .as("%s differs from its expected report; after a deliberate change of the rules run "
                        + "mvn -pl cls-samples -am test -D%s=true and review git diff", name, UPDATE)
                .isEqualTo(actual.text());
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
    void every_golden_file_belongs_to_a_sample_and_every_contract_is_listed() throws IOException {
        assertThat(files(FOLDER, ".attendu.txt"))
                .containsExactlyInAnyOrderElementsOf(SampleContracts.names().stream().map(SampleContracts::expectedReportName).toList());
        assertThat(files(CORPUS, ".attendu.txt"))
                .containsExactlyInAnyOrderElementsOf(SampleContracts.corpus().stream().map(SampleContracts::expectedReportName).toList());
        assertThat(files(CORPUS, ".json")).containsExactlyInAnyOrderElementsOf(SampleContracts.corpus());
    }

    @Test
    void every_real_contract_says_where_it_comes_from_and_its_report_comments_it() {
        for (String name : SampleContracts.corpus()) {
            ContratLocalSante contrat = SampleContracts.readReal(name);
            assertThat(contrat.provenance()).as(name).isNotNull();
            assertThat(contrat.provenance().source()).as("the source of %s", name).isNotBlank();
            ExpectedReport report = SampleContracts.expectedRealReport(name);
            assertThat(report.comments()).as("the comment of the expected report of %s", name).isNotEmpty();
            // Every error of a real contract is justified in the comment, by its rule id.
            report.findings().stream().filter(f -> f.startsWith("ERROR ")).map(f -> f.split(" ")[1]).distinct()
                    .forEach(rule -> assertThat(String.join(" ", report.comments())).as("%s justifies %s", name, rule).contains(rule));
        }
    }

    private static List<String> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(suffix)).toList();
        }
    }


    @Test
    void a_golden_file_reads_back_as_it_was_written() {
        ExpectedReport report = SampleContracts.expectedReport(SampleContracts.seeds().get(0));

        assertThat(ExpectedReport.parse(report.text())).isEqualTo(report);
        assertThat(report.findings()).isNotEmpty();
    }
}
