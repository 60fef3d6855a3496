package io.github.cls4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.path.ContractElements;
import io.github.cls4j.core.strategie.AxeStrategique;
import io.github.cls4j.core.strategie.FicheAction;
import io.github.cls4j.core.strategie.Indicateur;
import io.github.cls4j.core.strategie.Objectif;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.rules.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The contracts of the benchmarks have the shape asked for, the same each time, and are realistic")
class ContractGeneratorTest {

    private static final ContractGenerator GENERATOR = new ContractGenerator();

    private static long count(ContratLocalSante contrat, Class<?> type) {
        return ContractElements.of(contrat).ofType(type).size();
    }

    @Test
    void a_typical_contract_has_the_counts_of_the_budgets() {
        ContratLocalSante contrat = GENERATOR.generate(ContractShape.TYPICAL);

        assertThat(count(contrat, AxeStrategique.class)).isEqualTo(5);
        assertThat(count(contrat, Objectif.class)).isEqualTo(15);
        assertThat(count(contrat, FicheAction.class)).isEqualTo(40);
        assertThat(count(contrat, Indicateur.class)).isEqualTo(80);
        assertThat(contrat.signataires()).hasSize(8);
        assertThat(contrat.territoire().qpv()).hasSize(2);
    }

    @Test
    void the_growth_shapes_scale_actions_and_indicators_together() {
        ContratLocalSante big = GENERATOR.generate(ContractShape.named("actions-5000"));

        assertThat(count(big, FicheAction.class)).isEqualTo(5000);
        assertThat(count(big, Indicateur.class)).isEqualTo(10000);
        assertThat(ContractElements.of(big).ofType(FicheAction.class).stream().map(f -> f.element().code()).distinct())
                .hasSize(5000);
        assertThatThrownBy(() -> ContractShape.named("huge")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_same_shape_gives_the_same_contract() {
        assertThat(GENERATOR.generate(ContractShape.LARGE)).isEqualTo(new ContractGenerator().generate(ContractShape.LARGE));
    }

    @Test
    void a_generated_contract_is_as_valid_as_the_sample_it_grows_from() {
        ValidationReport report = ContractValidator.builder().build()
                .validate(GENERATOR.generate(ContractShape.TYPICAL), ValidationContext.asOf(LocalDate.of(2026, 11, 23)));

        assertThat(report.isValid()).as("%s", report.findings()).isTrue();
        assertThat(report.findings()).isNotEmpty();
    }

    @Test
    void the_bundled_rules_can_be_copied_whole_or_in_part(@TempDir Path dir) throws Exception {
        Path all = BundledRules.copyTo(dir.resolve("all"));
        Path two = BundledRules.copyTo(dir.resolve("two"), Set.of("CLS-LEG-01", "CLS-COH-03"));

        // The copy holds the DRL rules; the portfolio checks, written in Java, go with the bundled rules it replaces.
        assertThat(ContractValidator.builder().rules(all).build().catalog().ids())
                .containsExactlyElementsOf(ContractValidator.builder().build().catalog().ids().stream()
                        .filter(id -> !id.startsWith("CLS-POR-")).toList());
        assertThat(ContractValidator.builder().rules(two).build().catalog().ids())
                .filteredOn(id -> !id.startsWith("CLS-STRUCT-")).containsExactly("CLS-COH-03", "CLS-LEG-01");
        assertThat(Files.readString(two.resolve("loi/signataires.drl"))).contains("package ", "rule \"CLS-LEG-01 ")
                .doesNotContain("rule \"CLS-LEG-02 ");
    }
}
