package io.github.cls4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.Finding;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.rules.ValidationReport;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The seed contracts checked against the first rules, as of a fixed day. Full golden reports per
 * sample come with the rule catalogue.
 */
@DisplayName("The seed samples against the first rules, as of 2026-11-23")
class SeedValidationTest {

    private static final ContractValidator VALIDATOR = ContractValidator.builder().build();
    private static final ValidationContext AS_OF = ValidationContext.asOf(LocalDate.of(2026, 11, 23));

    private static ValidationReport validate(String sample) {
        return VALIDATOR.validate(SampleContracts.read(sample), AS_OF);
    }

    private static String line(Finding f) {
        return f.severity() + " " + f.path() + " " + f.ruleId();
    }

    @Test
    void contracts_signed_with_the_ars_a_local_authority_and_a_mental_health_component_raise_nothing() {
        for (String sample : new String[] {"000-arras-cua.json", "001-hdf-guide-elus.json", "003-idf-commune-qpv.json"}) {
            assertThat(validate(sample).findings()).as(sample).isEmpty();
        }
    }

    @Test
    void a_contract_still_at_its_charter_is_judged_under_the_3ds_law_and_lacks_its_mental_health_component() {
        ValidationReport report = validate("002-hdf-charte-deuxieme-generation.json");

        assertThat(report.legalDate()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(report.findings()).extracting(SeedValidationTest::line)
                .containsExactly("ERROR voletSanteMentale CLS-LEG-03");
    }

    @Test
    void the_occitan_contract_signed_in_2021_still_runs_without_one_and_gets_a_warning() {
        ValidationReport report = validate("004-occitanie-pays-hlv.json");

        assertThat(report.legalDate()).isEqualTo(LocalDate.of(2021, 12, 16));
        assertThat(report.isValid()).isTrue();
        assertThat(report.findings()).extracting(SeedValidationTest::line)
                .containsExactly("WARNING voletSanteMentale CLS-LEG-04");
    }
}
