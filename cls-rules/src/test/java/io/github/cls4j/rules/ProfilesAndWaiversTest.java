package io.github.cls4j.rules;

import static io.github.cls4j.rules.ReportAssertions.located;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cls4j.core.Contrats;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.Derogation;
import io.github.cls4j.core.contrat.Signataire;
import io.github.cls4j.core.contrat.TypeOrganisation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Profiles re-level and suppress rules; dérogations waive findings, never silently")
class ProfilesAndWaiversTest {

    /** Signed by the ARS and the CPAM only: CLS-LEG-02 fires. */
    private static final ContratLocalSante SANS_COLLECTIVITE = Contrats.complet().toBuilder()
            .signataires(new Signataire("ARS", TypeOrganisation.ARS, null, null, null, null, null),
                    new Signataire("CPAM", TypeOrganisation.CPAM, null, null, null, null, null))
            .build();

    @TempDir
    Path folder;

    private Path profiles(String json) throws IOException {
        Path file = folder.resolve("profiles.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void the_profile_follows_the_region_of_the_contract_unless_the_context_names_one() {
        assertThat(Validators.BUNDLED.profiles()).containsKeys("national", "hauts-de-france", "ile-de-france", "occitanie",
                "auvergne-rhone-alpes", "provence-alpes-cote-d-azur");
        assertThat(Validators.BUNDLED.validate(Contrats.complet()).profile()).isEqualTo("hauts-de-france");
        assertThat(Validators.BUNDLED.validate(Contrats.outreMer()).profile()).isEqualTo("national");
        assertThat(Validators.BUNDLED.validate(Contrats.complet(), ValidationContext.defaults().withProfile("national")).profile())
                .isEqualTo("national");
    }

    @Test
    void a_regional_profile_builds_on_the_national_one() {
        ValidationPolicy paca = Validators.BUNDLED.profiles().get("provence-alpes-cote-d-azur");
        ValidationPolicy hdf = Validators.BUNDLED.profiles().get("hauts-de-france");

        assertThat(paca.parameters()).containsEntry("duree.maximale.annees", "5").containsEntry("duree.minimale.annees", "5")
                .containsEntry("diagnostic.anciennete.maximale.annees", "5");
        assertThat(hdf.parameters()).containsEntry("diagnostic.anciennete.maximale.annees", "5").containsEntry("fin.alignee.prs", "true")
                .doesNotContainKeys("duree.minimale.annees", "duree.maximale.annees");
        assertThat(hdf.severities()).containsEntry("CLS-CYC-05", Severity.WARNING);
        assertThat(Validators.BUNDLED.profiles().get("national").parameters())
                .as("no duration is national: the bounds are regional guidance").doesNotContainKeys("duree.minimale.annees", "duree.maximale.annees");
    }

    @Test
    void a_profile_re_levels_one_rule_and_suppresses_another_with_its_justification() throws IOException {
        ContractValidator validator = ContractValidator.builder().profiles(profiles("""
                [{"name": "test", "title": "Profil de test",
                  "severities": {"CLS-LEG-02": "INFO"},
                  "suppressions": {"CLS-STR-01": "Diagnostic conduit par l'observatoire régional, hors du contrat"}}]
                """)).build();
        ContratLocalSante sansDiagnostic = SANS_COLLECTIVITE.toBuilder().diagnostic(null).build();

        ValidationReport report = validator.validate(sansDiagnostic, ValidationContext.defaults().withProfile("test"));

        assertThat(report.profile()).isEqualTo("test");
        assertThat(report.findings("CLS-LEG-02")).extracting(Finding::severity).containsExactly(Severity.INFO);
        assertThat(report.findings("CLS-STR-01")).isEmpty();
        assertThat(report.waived()).singleElement().satisfies(w -> {
            assertThat(w.finding().ruleId()).isEqualTo("CLS-STR-01");
            assertThat(w.source()).isEqualTo(WaivedFinding.Source.PROFILE);
            assertThat(w.justification()).isEqualTo("Diagnostic conduit par l'observatoire régional, hors du contrat");
            assertThat(w.grantedBy()).isEqualTo("test");
            assertThat(w.effective()).isTrue();
        });
        assertThat(validator.catalog().rule("CLS-STR-01").orElseThrow().profiles()).doesNotContain("test").contains("national");
        assertThat(validator.catalog().rule("CLS-LEG-02").orElseThrow().profiles()).contains("national", "test");
    }

    @Test
    void a_suppression_without_justification_or_of_an_unknown_rule_is_refused() throws IOException {
        Path file = profiles("""
                [{"name": "test", "title": "Profil de test",
                  "severities": {"CLS-NOPE-01": "INFO"},
                  "suppressions": {"CLS-LEG-01": " "}}]
                """);

        RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class,
                () -> ContractValidator.builder().profiles(file).build());

        assertThat(e.problems()).extracting(RuleProblem::message).containsExactlyInAnyOrder(
                "profile test re-levels CLS-NOPE-01, which is not a rule",
                "profile test suppresses CLS-LEG-01 without a justification",
                "profile test suppresses CLS-LEG-01, a rule of the law, which no profile can set aside");
    }

    @Test
    void a_profile_can_neither_set_the_law_aside_nor_raise_guidance_to_an_error() throws IOException {
        Path file = profiles("""
                [{"name": "test", "title": "Profil de test",
                  "severities": {"CLS-LEG-10": "INFO", "CLS-STR-01": "ERROR", "CLS-LEG-02": "INFO"},
                  "suppressions": {"CLS-LEG-01": "Contrat expérimental sans l'ARS"}}]
                """);

        RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class,
                () -> ContractValidator.builder().profiles(file).build());

        assertThat(e.problems()).extracting(RuleProblem::message).containsExactlyInAnyOrder(
                "profile test re-levels CLS-LEG-10, a rule of the law: the law is the same in every region",
                "profile test raises CLS-STR-01 to ERROR: only the law and data that cannot be true are errors, and CLS-STR-01 is neither",
                "profile test suppresses CLS-LEG-01, a rule of the law, which no profile can set aside");
        assertThat(e.problems()).extracting(RuleProblem::frenchMessage).containsExactlyInAnyOrder(
                "le profil test change la gravité de CLS-LEG-10, une règle de la loi : la loi est la même dans toutes les régions",
                "le profil test élève CLS-STR-01 au rang d'erreur : seules la loi et les données qui ne peuvent être vraies sont des erreurs, "
                        + "et CLS-STR-01 n'est ni l'une ni l'autre",
                "le profil test supprime CLS-LEG-01, une règle de la loi, qu'aucun profil ne peut écarter");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(file.toString()));
    }

    @Test
    void a_derogation_to_a_rule_of_the_law_is_shown_without_legal_effect_and_the_finding_stays() {
        Derogation sansArs = new Derogation("CLS-LEG-01", "Contrat expérimental porté par la CPAM", "DG ARS Hauts-de-France",
                LocalDate.of(2023, 5, 2), "signataires");
        ContratLocalSante signeParLaCpam = SANS_COLLECTIVITE.toBuilder()
                .signataires(new Signataire("CPAM", TypeOrganisation.CPAM, null, null, null, null, null)).derogations(sansArs).build();

        ValidationReport report = Validators.BUNDLED.validate(signeParLaCpam);

        assertThat(located(report, "CLS-LEG-01")).containsExactly("CLS-LEG-01@signataires");
        assertThat(report.waived()).singleElement().satisfies(w -> {
            assertThat(w.finding().ruleId()).isEqualTo("CLS-LEG-01");
            assertThat(w.effective()).isFalse();
            assertThat(w.justification()).isEqualTo("Contrat expérimental porté par la CPAM");
        });
        assertThat(report.isValid()).isFalse();
    }

    @Test
    void a_coverage_target_that_is_not_a_percentage_is_refused_when_the_profiles_load() throws IOException {
        Path file = profiles("""
                [{"name": "test", "title": "Profil de test", "parameters": {"couverture.prioritaire.cible": "75 %"}},
                 {"name": "autre", "title": "Autre", "parameters": {"couverture.prioritaire.cible": "100"}},
                 {"name": "entier", "title": "Entier", "parameters": {"couverture.prioritaire.cible": "100.0"}},
                 {"name": "au-dela", "title": "Au-delà", "parameters": {"couverture.prioritaire.cible": "100.9"}}]
                """);

        RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class,
                () -> ContractValidator.builder().profiles(file).build());

        assertThat(e.problems()).extracting(RuleProblem::message).containsExactlyInAnyOrder(
                "profile test sets couverture.prioritaire.cible to \"75 %\", not a percentage from 0 to 100 (e.g. 75)",
                "profile au-dela sets couverture.prioritaire.cible to \"100.9\", not a percentage from 0 to 100 (e.g. 75)");
        // Each problem at the line where its profile is named, in the host's own file.
        assertThat(e.problems()).extracting(RuleProblem::file).containsOnly(file.toString());
        assertThat(e.problems()).extracting(RuleProblem::line).containsExactlyInAnyOrder(1, 4);
    }

    @Test
    void a_malformed_profile_file_names_the_file_and_line() throws IOException {
        Path file = profiles("[{\"name\": \"test\",\n \"title\": \"T\",\n \"severities\": {\"CLS-LEG-01\": \"GRAVE\"}}]");

        RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class,
                () -> ContractValidator.builder().profiles(file).build());

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file.toString());
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("GRAVE");
        });
    }

    @Test
    void an_unknown_profile_is_a_clear_error() {
        assertThatThrownBy(() -> Validators.BUNDLED.validate(Contrats.complet(), ValidationContext.defaults().withProfile("bretagne")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown validation profile \"bretagne\"; known profiles: [auvergne-rhone-alpes, hauts-de-france, ile-de-france, national, normandie, occitanie, provence-alpes-cote-d-azur]");
    }

    @Test
    void a_derogation_of_the_contract_waives_its_rule_at_its_path_and_below_only() {
        Derogation parLArs = new Derogation("CLS-LEG-02", "Contrat inter-régimes porté par l'Assurance maladie",
                "DG ARS Occitanie", LocalDate.of(2023, 5, 2), "signataires");
        Derogation ailleurs = new Derogation("CLS-LEG-02", "Ne vaut que pour la gouvernance", "DG ARS Occitanie",
                LocalDate.of(2023, 5, 2), "gouvernance");

        ValidationReport waived = Validators.BUNDLED.validate(SANS_COLLECTIVITE.toBuilder().derogations(parLArs).build());
        ValidationReport notWaived = Validators.BUNDLED.validate(SANS_COLLECTIVITE.toBuilder().derogations(ailleurs).build());

        assertThat(waived.findings("CLS-LEG-02")).isEmpty();
        assertThat(waived.waived()).singleElement().satisfies(w -> {
            assertThat(w.source()).isEqualTo(WaivedFinding.Source.DEROGATION);
            assertThat(w.finding().path().toString()).isEqualTo("signataires");
            assertThat(w.justification()).isEqualTo("Contrat inter-régimes porté par l'Assurance maladie");
            assertThat(w.grantedBy()).isEqualTo("DG ARS Occitanie");
            assertThat(w.date()).isEqualTo(LocalDate.of(2023, 5, 2));
        });
        assertThat(waived.waived()).allSatisfy(w -> assertThat(w.effective()).isTrue());
        assertThat(located(notWaived, "CLS-LEG-02")).containsExactly("CLS-LEG-02@signataires");
        assertThat(notWaived.findings("CLS-LEG-02")).extracting(Finding::severity).containsExactly(Severity.WARNING);
    }
}
