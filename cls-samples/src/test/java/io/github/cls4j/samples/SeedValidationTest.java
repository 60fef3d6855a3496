package io.github.cls4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.Finding;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.rules.ValidationReport;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The seed contracts against the whole catalogue, as of a fixed day, under the profile of their
 * region. Each expected finding is one a reader of the seed would agree with; the comment above
 * each list says why.
 */
@DisplayName("The seed samples against the rule catalogue, as of 2026-11-23")
class SeedValidationTest {

    private static final ContractValidator VALIDATOR = ContractValidator.builder().build();
    private static final ValidationContext AS_OF = ValidationContext.asOf(LocalDate.of(2026, 11, 23));

    private static ValidationReport validate(String sample) {
        return VALIDATOR.validate(SampleContracts.read(sample), AS_OF);
    }

    private static List<String> lines(ValidationReport report) {
        return report.findings().stream().map(SeedValidationTest::line).toList();
    }

    private static String line(Finding f) {
        return f.severity() + " " + f.ruleId() + " " + f.path();
    }

    @Test
    void seed_000_the_arras_contract_is_valid_with_warnings_on_its_follow_up() {
        ValidationReport report = validate("000-arras-cua.json");

        assertThat(report.profile()).isEqualTo("hauts-de-france");
        assertThat(report.isValid()).isTrue();
        // No contrat de ville cited although the territory has a QPV; one yearly evaluation for three
        // years; participation without the publics of the law; a renewal that does not name the
        // contract it renews; no SIREN for the communauté urbaine; one indicator per action; no
        // charte recorded although Hauts-de-France starts its CLS with one.
        assertThat(lines(report)).containsExactly(
                "WARNING CLS-TER-01 articulations",
                "WARNING CLS-CYC-05 evaluations",
                "WARNING CLS-LEG-13 participation",
                "WARNING CLS-STR-11 renouvelle",
                "WARNING CLS-TER-06 territoire.siren",
                "INFO CLS-ACT-03 axes[0].objectifs[0].fichesAction[0].indicateurs",
                "INFO CLS-ACT-03 axes[0].objectifs[1].fichesAction[0].indicateurs",
                "INFO CLS-ACT-03 axes[0].objectifs[2].fichesAction[0].indicateurs",
                "INFO CLS-ACT-03 axes[1].objectifs[0].fichesAction[0].indicateurs",
                "INFO CLS-ACT-03 axes[1].objectifs[1].fichesAction[0].indicateurs",
                "INFO CLS-ACT-03 axes[1].objectifs[2].fichesAction[0].indicateurs",
                "INFO CLS-ACT-03 axes[2].objectifs[0].fichesAction[0].indicateurs",
                "INFO CLS-ACT-03 axes[2].objectifs[1].fichesAction[0].indicateurs",
                "INFO CLS-ACT-03 axes[2].objectifs[2].fichesAction[0].indicateurs",
                "INFO CLS-STR-13 dateCharte");
    }

    @Test
    void seed_001_the_contract_of_the_guide_for_elected_officials() {
        ValidationReport report = validate("001-hdf-guide-elus.json");

        assertThat(report.profile()).isEqualTo("hauts-de-france");
        // The guide asks for a yearly evaluation; participation without the publics of the law; no
        // SIREN for the communauté de communes; one indicator per action; no charte recorded.
        assertThat(lines(report)).containsExactly(
                "WARNING CLS-CYC-05 evaluations",
                "WARNING CLS-LEG-13 participation",
                "WARNING CLS-TER-06 territoire.siren",
                "INFO CLS-ACT-03 axes[0].objectifs[0].fichesAction[0].indicateurs",
                "INFO CLS-ACT-03 axes[1].objectifs[0].fichesAction[0].indicateurs",
                "INFO CLS-ACT-03 axes[2].objectifs[0].fichesAction[0].indicateurs",
                "INFO CLS-ACT-03 axes[3].objectifs[0].fichesAction[0].indicateurs",
                "INFO CLS-ACT-03 axes[4].objectifs[0].fichesAction[0].indicateurs",
                "INFO CLS-ACT-03 axes[5].objectifs[0].fichesAction[0].indicateurs",
                "INFO CLS-STR-13 dateCharte");
    }

    @Test
    void seed_002_a_charter_is_not_yet_bound_by_the_law_but_must_plan_its_mental_health_component() {
        ValidationReport report = validate("002-hdf-charte-deuxieme-generation.json");

        assertThat(report.legalDate()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(report.isValid()).isTrue();
        // Judged on the day of the check, since it is not signed: it cites a QPV of the 2015
        // geography, has no SIREN for its agglomeration and no mental-health component yet.
        assertThat(lines(report)).containsExactly(
                "WARNING CLS-TER-08 territoire.qpv[0].code",
                "WARNING CLS-TER-06 territoire.siren",
                "WARNING CLS-CYC-03 voletSanteMentale");
    }

    @Test
    void seed_003_the_ile_de_france_contract() {
        ValidationReport report = validate("003-idf-commune-qpv.json");

        assertThat(report.profile()).isEqualTo("ile-de-france");
        // Ended on 2023-12-31 without a final evaluation; a second generation that does not name the
        // first; one indicator per action.
        assertThat(lines(report)).containsExactly(
                "WARNING CLS-CYC-06 evaluations",
                "WARNING CLS-STR-11 renouvelle",
                "INFO CLS-ACT-03 axes[0].objectifs[0].fichesAction[0].indicateurs",
                "INFO CLS-ACT-03 axes[1].objectifs[0].fichesAction[0].indicateurs",
                "INFO CLS-ACT-03 axes[2].objectifs[0].fichesAction[0].indicateurs");
    }

    @Test
    void seed_004_the_occitan_contract_signed_in_2021_still_runs_on_the_former_prs_without_a_mental_health_component() {
        ValidationReport report = validate("004-occitanie-pays-hlv.json");

        assertThat(report.profile()).isEqualTo("occitanie");
        assertThat(report.legalDate()).isEqualTo(LocalDate.of(2021, 12, 16));
        assertThat(report.isValid()).isTrue();
        // It still cites the engagements of the PRS 2018-2022, ended on 2023-10-31, and runs past
        // it; no yearly evaluation recorded; nobody named as funding the coordinator; a second
        // generation that does not name the first; no mental-health component (signed before the
        // 3DS law: a warning); one indicator per action; no assurance maladie among its partners.
        assertThat(lines(report)).containsExactly(
                "WARNING CLS-PRS-02 axes[0].objectifsPrs",
                "WARNING CLS-PRS-02 axes[1].objectifsPrs",
                "WARNING CLS-PRS-02 axes[2].objectifsPrs",
                "WARNING CLS-CYC-05 evaluations",
                "WARNING CLS-STR-08 gouvernance.coordination.financements",
                "WARNING CLS-STR-04 periode",
                "WARNING CLS-STR-11 renouvelle",
                "WARNING CLS-LEG-04 voletSanteMentale",
                "INFO CLS-ACT-03 axes[0].objectifs[0].fichesAction[0].indicateurs",
                "INFO CLS-ACT-03 axes[0].objectifs[1].fichesAction[0].indicateurs",
                "INFO CLS-ACT-03 axes[1].objectifs[0].fichesAction[0].indicateurs",
                "INFO CLS-ACT-03 axes[2].objectifs[0].fichesAction[0].indicateurs",
                "INFO CLS-SIG-04 partenaires");
    }
}
