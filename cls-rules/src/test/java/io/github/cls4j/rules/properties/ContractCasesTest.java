package io.github.cls4j.rules.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.rules.Finding;
import io.github.cls4j.rules.ValidationReport;
import io.github.cls4j.rules.Validators;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The generated contracts break constraints and rules of every kind, and shrink to smaller ones")
class ContractCasesTest {

    private static final int COUNT = 300;

    @Test
    void the_generated_contracts_fire_most_rules_and_break_most_kinds_of_constraint() {
        List<ValidationCase> cases = IntStream.range(0, COUNT).mapToObj(i -> ValidationCase.generate(PropertyCheck.random(7, i))).toList();
        Set<String> ruleIds = new TreeSet<>();
        int valid = 0;
        for (ValidationCase c : cases) {
            ValidationReport report = Validators.BUNDLED.validate(c.contractCase().contrat(), c.context());
            report.findings().stream().map(Finding::ruleId).forEach(ruleIds::add);
            report.waived().forEach(w -> ruleIds.add(w.finding().ruleId()));
            valid += report.isValid() ? 1 : 0;
        }
        Set<String> structural = new TreeSet<>(ruleIds.stream().filter(id -> id.startsWith("CLS-STRUCT-")).toList());
        int rules = Validators.BUNDLED.catalog().rules().size();

        assertThat(structural).as("kinds of constraint broken").hasSizeGreaterThanOrEqualTo(5);
        assertThat(ruleIds.size() - structural.size()).as("rules fired, of %d: %s", rules, ruleIds).isGreaterThan(rules / 2);
        assertThat(valid).as("valid contracts").isBetween(1, COUNT / 2);
        assertThat(cases).filteredOn(c -> !c.contractCase().writable()).as("with a null item").hasSizeGreaterThan(COUNT / 10);
        assertThat(cases).filteredOn(c -> c.contractCase().origin().contains("then ")).as("changed").hasSizeGreaterThan(COUNT / 2);
    }

    @Test
    void every_shrink_candidate_is_smaller_so_that_shrinking_ends() {
        for (int i = 0; i < 20; i++) {
            ContractCase c = ContractCases.any(PropertyCheck.random(11, i));
            assertThat(ContractCases.shrink(c).limit(300)).allSatisfy(smaller -> assertThat(
                    smaller.json().length() < c.json().length() || smaller.nullItems().size() < c.nullItems().size())
                    .as("%s smaller than %s", smaller.json(), c.json()).isTrue());
        }
    }
}
