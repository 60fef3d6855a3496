package io.github.cls4j.rules.loi;

import static io.github.cls4j.rules.ReportAssertions.located;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.Contrats;
import io.github.cls4j.core.contrat.Avenant;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.Signataire;
import io.github.cls4j.core.contrat.TypeOrganisation;
import io.github.cls4j.rules.Severity;
import io.github.cls4j.rules.ValidationReport;
import io.github.cls4j.rules.Validators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("CSP L1434-10 IV: the ARS and a local authority conclude the contract")
class SignatairesTest {

    private static final LocalDate SIGNATURE = LocalDate.of(2023, 6, 15);

    private static Signataire signataire(String nom, TypeOrganisation type) {
        return new Signataire(nom, type, null, null, SIGNATURE, null, null);
    }

    private static ContratLocalSante signePar(Signataire... signataires) {
        return Contrats.complet().toBuilder().signataires(Arrays.asList(signataires)).build();
    }

    private static ValidationReport validate(ContratLocalSante contrat) {
        return Validators.BUNDLED.validate(contrat);
    }

    @Nested
    @DisplayName("CLS-LEG-01 L'ARS est signataire")
    class ArsSignataire {

        @Test
        void a_contract_signed_by_the_ars_and_a_commune_passes() {
            ContratLocalSante contrat = signePar(signataire("ARS Occitanie", TypeOrganisation.ARS),
                    signataire("Commune de Foix", TypeOrganisation.COMMUNE));

            assertThat(validate(contrat).findings("CLS-LEG-01")).isEmpty();
        }

        @Test
        void a_contract_without_the_ars_is_an_error_at_its_signatories() {
            ContratLocalSante contrat = signePar(signataire("Préfecture de l'Ariège", TypeOrganisation.PREFECTURE),
                    signataire("Commune de Foix", TypeOrganisation.COMMUNE));

            ValidationReport report = validate(contrat);

            assertThat(located(report, "CLS-LEG-01")).containsExactly("CLS-LEG-01@signataires");
            assertThat(report.findings("CLS-LEG-01").get(0).severity()).isEqualTo(Severity.ERROR);
            assertThat(report.isValid()).isFalse();
        }

        @Test
        void the_finding_cites_the_text_in_force_on_the_day_of_conclusion_l1434_17_before_2016_01_28() {
            ContratLocalSante sansArs = signePar(signataire("Commune de Foix", TypeOrganisation.COMMUNE));

            assertThat(validate(sansArs.toBuilder().dateSignature(LocalDate.of(2016, 1, 27)).build()).findings("CLS-LEG-01").get(0)
                    .reference()).satisfies(r -> {
                        assertThat(r.id()).isEqualTo("CSP-L1434-17-HPST");
                        assertThat(r.article()).isEqualTo("L1434-17");
                    });
            assertThat(validate(sansArs.toBuilder().dateSignature(LocalDate.of(2016, 1, 28)).build()).findings("CLS-LEG-01").get(0)
                    .reference().id()).isEqualTo("CSP-L1434-10-IV");
        }

        @Test
        void an_ars_that_signs_only_an_avenant_does_not_conclude_the_contract() {
            Avenant avenant = new Avenant(1, LocalDate.of(2024, 3, 1), "Ajout d'une fiche", null,
                    List.of(signataire("ARS Occitanie", TypeOrganisation.ARS)));
            ContratLocalSante contrat = signePar(signataire("Commune de Foix", TypeOrganisation.COMMUNE))
                    .toBuilder().avenants(avenant).build();

            assertThat(located(validate(contrat), "CLS-LEG-01")).containsExactly("CLS-LEG-01@signataires");
        }

        @Test
        void a_contract_with_no_signatory_at_all_or_missing_entries_is_reported_without_failing() {
            List<Signataire> trous = new ArrayList<>();
            trous.add(null);
            trous.add(new Signataire("Sans type", null, null, null, null, null, null));

            assertThat(located(validate(signePar()), "CLS-LEG-01")).containsExactly("CLS-LEG-01@signataires");
            assertThat(located(validate(Contrats.complet().toBuilder().signataires(trous).build()), "CLS-LEG-01"))
                    .containsExactly("CLS-LEG-01@signataires");
        }
    }

    @Nested
    @DisplayName("CLS-LEG-02 Une collectivité territoriale ou un groupement est signataire")
    class CollectiviteSignataire {

        @Test
        void any_local_authority_or_grouping_satisfies_the_rule() {
            for (TypeOrganisation type : List.of(TypeOrganisation.COMMUNE, TypeOrganisation.EPCI, TypeOrganisation.PETR,
                    TypeOrganisation.DEPARTEMENT, TypeOrganisation.COLLECTIVITE_OUTRE_MER, TypeOrganisation.COLLECTIVITE_A_STATUT_PARTICULIER,
                    TypeOrganisation.SYNDICAT_MIXTE, TypeOrganisation.POLE_METROPOLITAIN, TypeOrganisation.PARC_NATUREL_REGIONAL)) {
                ContratLocalSante contrat = signePar(signataire("ARS", TypeOrganisation.ARS), signataire("Collectivité", type));

                assertThat(validate(contrat).findings("CLS-LEG-02")).as(type.name()).isEmpty();
            }
        }

        @Test
        void a_contract_signed_by_the_ars_and_the_health_insurance_only_is_a_warning_of_practice_not_an_error_of_law() {
            ContratLocalSante contrat = signePar(signataire("ARS", TypeOrganisation.ARS),
                    signataire("CPAM de l'Ariège", TypeOrganisation.CPAM));

            ValidationReport report = validate(contrat);

            assertThat(located(report, "CLS-LEG-02")).containsExactly("CLS-LEG-02@signataires");
            // « notamment avec les collectivités territoriales et leurs groupements »: "notamment"
            // names the usual partners, it does not require one (legal review, LEG-02).
            assertThat(report.findings("CLS-LEG-02").get(0).severity()).isEqualTo(Severity.WARNING);
            assertThat(report.findings("CLS-LEG-02").get(0).reference().isBinding()).isFalse();
        }

        @Test
        void a_ccas_is_a_public_body_of_its_commune_not_a_local_authority() {
            ContratLocalSante contrat = signePar(signataire("ARS", TypeOrganisation.ARS), signataire("CCAS de Foix", TypeOrganisation.CCAS));

            assertThat(located(validate(contrat), "CLS-LEG-02")).containsExactly("CLS-LEG-02@signataires");
        }

        @Test
        void a_signatory_without_a_type_counts_for_nothing() {
            ContratLocalSante contrat = signePar(signataire("ARS", TypeOrganisation.ARS), signataire("Inconnu", null));

            assertThat(located(validate(contrat), "CLS-LEG-02")).containsExactly("CLS-LEG-02@signataires");
        }
    }
}
