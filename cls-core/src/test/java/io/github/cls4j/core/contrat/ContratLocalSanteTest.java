package io.github.cls4j.core.contrat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.Contrats;
import io.github.cls4j.core.commun.Periode;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.core.strategie.AxeStrategique;
import io.github.cls4j.core.strategie.AxeTransversal;
import io.github.cls4j.core.strategie.FicheAction;
import io.github.cls4j.core.strategie.Indicateur;
import io.github.cls4j.core.strategie.Objectif;
import io.github.cls4j.core.strategie.Thematique;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("What a contract says of itself: its conclusion, its effective period, its mental-health component")
class ContratLocalSanteTest {

    private static final LocalDate D2019 = LocalDate.of(2019, 5, 10);
    private static final Periode PERIODE = Periode.du(LocalDate.of(2019, 7, 1), LocalDate.of(2023, 6, 30));

    private static Signataire signe(String nom, LocalDate jour) {
        return new Signataire(nom, TypeOrganisation.ARS, null, null, jour, null, List.of());
    }

    @Nested
    @DisplayName("dateDeConclusion")
    class Conclusion {

        @Test
        void a_contract_is_concluded_from_its_signature_and_a_prefiguration_or_no_status_is_not() {
            assertThat(ContratLocalSante.builder().statut(StatutContrat.SIGNE).build().estConclu()).isTrue();
            assertThat(ContratLocalSante.builder().statut(StatutContrat.ECHU).build().estConclu()).isTrue();
            assertThat(ContratLocalSante.builder().statut(StatutContrat.PREFIGURATION).build().estConclu()).isFalse();
            assertThat(ContratLocalSante.builder().build().estConclu()).isFalse();
        }

        @Test
        void is_the_signature_when_given() {
            ContratLocalSante c = ContratLocalSante.builder().dateSignature(D2019).periode(PERIODE)
                    .signataires(signe("ARS", D2019.plusDays(3))).build();
            assertThat(c.dateDeConclusion()).contains(D2019);
        }

        @Test
        void else_the_latest_signatory() {
            ContratLocalSante c = ContratLocalSante.builder().periode(PERIODE)
                    .signataires(signe("ARS", D2019), signe("CC", D2019.plusDays(9)), signe("Préfet", null)).build();
            assertThat(c.dateDeConclusion()).contains(D2019.plusDays(9));
        }

        @Test
        void else_the_start_of_the_period_and_never_an_avenant() {
            ContratLocalSante c = ContratLocalSante.builder().periode(PERIODE)
                    .avenants(new Avenant(1, LocalDate.of(2023, 3, 1), "prolongation", LocalDate.of(2025, 6, 30), null)).build();
            assertThat(c.dateDeConclusion()).contains(PERIODE.debut());
        }

        @Test
        void is_empty_when_the_contract_gives_no_day() {
            assertThat(ContratLocalSante.builder().build().dateDeConclusion()).isEmpty();
        }
    }

    @Nested
    @DisplayName("periodeEffective")
    class PeriodeEffective {

        @Test
        void is_the_period_without_an_avenant_that_sets_the_end() {
            ContratLocalSante c = ContratLocalSante.builder().periode(PERIODE)
                    .avenants(new Avenant(1, LocalDate.of(2020, 1, 1), "nouvelle action", null, null)).build();
            assertThat(c.periodeEffective()).isEqualTo(PERIODE);
        }

        @Test
        void ends_on_the_new_end_of_the_latest_avenant_by_date_whatever_the_order_of_the_list() {
            ContratLocalSante c = ContratLocalSante.builder().periode(PERIODE)
                    .avenants(new Avenant(2, LocalDate.of(2024, 6, 1), "deuxième prolongation", LocalDate.of(2024, 12, 31), null),
                            new Avenant(1, LocalDate.of(2023, 5, 1), "prolongation", LocalDate.of(2025, 6, 30), null))
                    .build();
            assertThat(c.periodeEffective()).isEqualTo(Periode.du(PERIODE.debut(), LocalDate.of(2024, 12, 31)));
        }

        @Test
        void ranks_undated_avenants_by_number() {
            ContratLocalSante c = ContratLocalSante.builder().periode(PERIODE)
                    .avenants(new Avenant(3, null, "c", LocalDate.of(2026, 1, 1), null),
                            new Avenant(2, null, "b", LocalDate.of(2025, 1, 1), null))
                    .build();
            assertThat(c.periodeEffective().fin()).isEqualTo(LocalDate.of(2026, 1, 1));
        }

        @Test
        void is_null_without_a_period_or_an_end_set_by_an_avenant() {
            assertThat(ContratLocalSante.builder().build().periodeEffective()).isNull();
            ContratLocalSante seulementAvenant = ContratLocalSante.builder()
                    .avenants(new Avenant(1, null, "prolongation", LocalDate.of(2026, 1, 1), null)).build();
            assertThat(seulementAvenant.periodeEffective()).isEqualTo(new Periode(null, LocalDate.of(2026, 1, 1)));
        }
    }

    @Nested
    @DisplayName("comporteUnVoletSanteMentale")
    class SanteMentale {

        private static FicheAction fiche(List<Thematique> thematiques) {
            return new FicheAction("FA", "Fiche", null, null, null, null, null, null, null, null, thematiques, null, null, null);
        }

        private static AxeStrategique axe(List<Thematique> axe, List<Thematique> objectif, List<Thematique> fiche) {
            return new AxeStrategique("A1", "Axe", axe, null, null,
                    List.of(new Objectif("1.1", "Objectif", objectif, null, List.of(fiche(fiche)))));
        }

        @Test
        void not_when_nothing_carries_it() {
            ContratLocalSante c = ContratLocalSante.builder()
                    .axes(axe(List.of(Thematique.ADDICTIONS), List.of(), List.of(Thematique.AIDANTS)))
                    .articulations(new Articulation(TypeDispositif.CONTRAT_DE_VILLE, "Contrat de ville", null)).build();
            assertThat(c.comporteUnVoletSanteMentale()).isFalse();
            assertThat(c.clsm()).isEmpty();
        }

        @Test
        void by_its_volet() {
            assertThat(ContratLocalSante.builder().voletSanteMentale(new VoletSanteMentale("Axe 3", null, null, null)).build()
                    .comporteUnVoletSanteMentale()).isTrue();
        }

        @Test
        void by_an_axis_an_objective_or_a_fiche_whose_theme_is_mental_health() {
            List<Thematique> sm = List.of(Thematique.SANTE_MENTALE);
            assertThat(ContratLocalSante.builder().axes(axe(sm, List.of(), List.of())).build().comporteUnVoletSanteMentale()).isTrue();
            assertThat(ContratLocalSante.builder().axes(axe(List.of(), sm, List.of())).build().comporteUnVoletSanteMentale()).isTrue();
            assertThat(ContratLocalSante.builder().axes(axe(List.of(), List.of(), sm)).build().comporteUnVoletSanteMentale()).isTrue();
            assertThat(ContratLocalSante.builder().axesTransversaux(new AxeTransversal("T1", "Transversal", null, sm)).build()
                    .comporteUnVoletSanteMentale()).isTrue();
        }

        @Test
        void by_a_linked_clsm_which_the_finding_can_name() {
            Articulation clsm = new Articulation(TypeDispositif.CLSM, "CLSM de Saint-Martin", null);
            ContratLocalSante c = ContratLocalSante.builder().articulations(clsm).build();
            assertThat(c.comporteUnVoletSanteMentale()).isTrue();
            assertThat(c.clsm()).contains(clsm);
        }
    }

    @Nested
    @DisplayName("who signs, takes part, is linked, and how it is evaluated")
    class Parties {

        private static Signataire signataire(TypeOrganisation type) {
            return new Signataire("Organisation", type, null, null, null, null, List.of());
        }

        private static Partenaire partenaire(TypeOrganisation type) {
            return new Partenaire("Organisation", type, null);
        }

        private static ContratLocalSante signePar(TypeOrganisation... types) {
            return ContratLocalSante.builder().signataires(Arrays.stream(types).map(Parties::signataire).toList()).build();
        }

        @Test
        void only_the_contracts_own_signatories_sign_it_not_those_of_its_avenants() {
            Avenant avenant = new Avenant(1, D2019, null, null, List.of(signataire(TypeOrganisation.PREFECTURE)));
            ContratLocalSante c = signePar(TypeOrganisation.ARS, TypeOrganisation.EPCI).toBuilder().avenants(avenant).build();
            assertThat(c.estSignePar(TypeOrganisation.ARS)).isTrue();
            assertThat(c.estSignePar(TypeOrganisation.PREFECTURE)).isFalse();
            assertThat(c.estSigneParUneCollectivite()).isTrue();
            assertThat(signePar(TypeOrganisation.ARS, TypeOrganisation.CCAS).estSigneParUneCollectivite()).isFalse();
        }

        @Test
        void a_signatory_of_unknown_kind_or_a_null_one_is_no_one_of_a_kind() {
            ContratLocalSante c = ContratLocalSante.builder().signataires(Arrays.asList(null, signataire(null))).build();
            assertThat(c.estSignePar(TypeOrganisation.ARS)).isFalse();
            assertThat(c.estSignePar(null)).isTrue();
            assertThat(c.estSigneParUneCollectivite()).isFalse();
        }

        @Test
        void the_ars_with_actors_of_care_alone_signs_a_contrat_territorial_de_sante() {
            assertThat(signePar(TypeOrganisation.ARS, TypeOrganisation.CPTS).nEstSigneQueParLArsEtDesActeursDesSoins()).isTrue();
            assertThat(signePar(TypeOrganisation.STRUCTURE_EXERCICE_COORDONNE).nEstSigneQueParLArsEtDesActeursDesSoins()).isTrue();
            assertThat(signePar(TypeOrganisation.ARS).nEstSigneQueParLArsEtDesActeursDesSoins()).isFalse();
            assertThat(signePar(TypeOrganisation.ARS, TypeOrganisation.CPTS, TypeOrganisation.COMMUNE)
                    .nEstSigneQueParLArsEtDesActeursDesSoins()).isFalse();
            assertThat(signePar(TypeOrganisation.ARS, TypeOrganisation.CPTS, null).nEstSigneQueParLArsEtDesActeursDesSoins()).isFalse();
        }

        @Test
        void an_organisation_is_associated_whether_it_signs_or_takes_part() {
            ContratLocalSante c = signePar(TypeOrganisation.ARS).toBuilder().partenaires(partenaire(TypeOrganisation.CPTS)).build();
            assertThat(c.associe(TypeOrganisation.ARS)).isTrue();
            assertThat(c.associe(TypeOrganisation.CPTS)).isTrue();
            assertThat(c.associe(TypeOrganisation.CPAM)).isFalse();
        }

        @Test
        void the_assurance_maladie_is_any_of_its_funds_signing_or_taking_part() {
            assertThat(signePar(TypeOrganisation.ARS).associeLAssuranceMaladie()).isFalse();
            assertThat(signePar(TypeOrganisation.CAF).associeLAssuranceMaladie()).isFalse();
            for (TypeOrganisation caisse : List.of(TypeOrganisation.CPAM, TypeOrganisation.CGSS, TypeOrganisation.CSSM, TypeOrganisation.MSA)) {
                assertThat(signePar(caisse).associeLAssuranceMaladie()).as("%s signs", caisse).isTrue();
                assertThat(ContratLocalSante.builder().partenaires(partenaire(caisse)).build().associeLAssuranceMaladie())
                        .as("%s takes part", caisse).isTrue();
            }
        }

        @Test
        void an_articulation_and_an_evaluation_are_found_by_their_type() {
            ContratLocalSante c = ContratLocalSante.builder()
                    .articulations(new Articulation(TypeDispositif.PTSM, "PTSM du Nord", null))
                    .evaluations(new Evaluation(TypeEvaluation.ANNUELLE, D2019, null, null, null)).build();
            assertThat(c.estArticuleAvec(TypeDispositif.PTSM)).isTrue();
            assertThat(c.estArticuleAvec(TypeDispositif.CLSM)).isFalse();
            assertThat(c.aUneEvaluation(TypeEvaluation.ANNUELLE)).isTrue();
            assertThat(c.aUneEvaluation(TypeEvaluation.FINALE)).isFalse();
        }
    }

    @Nested
    @DisplayName("the codes it gives twice")
    class CodesEnDouble {

        private static Indicateur indicateur(String code) {
            return new Indicateur(code, "Indicateur", null, null, null, null, null, null, null);
        }

        private static FicheAction fiche(String code, Indicateur... indicateurs) {
            return new FicheAction(code, "Fiche", null, null, null, null, null, null, null, null, null, null, null, List.of(indicateurs));
        }

        private static AxeStrategique axe(String code, String objectif, FicheAction... fiches) {
            return new AxeStrategique(code, "Axe", null, null, null, List.of(new Objectif(objectif, "Objectif", null, null, List.of(fiches))));
        }

        @Test
        void are_found_across_axes_objectives_and_fiches() {
            FicheAction fa1 = fiche("FA1", indicateur("I1"), indicateur("I2"));
            FicheAction fa1bis = fiche("FA1", indicateur("I1"));
            FicheAction fa2 = fiche("FA2", indicateur("I3"));
            AxeStrategique a1 = axe("A1", "1.1", fa1);
            AxeStrategique a1bis = axe("A1", "2.1", fa1bis, fa2);
            ContratLocalSante c = ContratLocalSante.builder().axes(a1, a1bis, axe("A3", "1.1")).build();

            assertThat(c.axesAuCodeEnDouble()).containsExactly(a1, a1bis);
            assertThat(c.objectifsAuCodeEnDouble()).extracting(Objectif::code).containsExactly("1.1", "1.1");
            assertThat(c.fichesAuCodeEnDouble()).containsExactly(fa1, fa1bis);
            assertThat(c.indicateursAuCodeEnDouble()).containsExactly(fa1.indicateurs().get(0), fa1bis.indicateurs().get(0));
        }

        @Test
        void are_none_when_every_code_is_unique_or_missing() {
            ContratLocalSante c = ContratLocalSante.builder()
                    .axes(Arrays.asList(axe("A1", "1.1", fiche(null, indicateur(null))), null, axe(null, null, fiche(null, indicateur(null)))))
                    .build();

            assertThat(c.axesAuCodeEnDouble()).isEmpty();
            assertThat(c.objectifsAuCodeEnDouble()).isEmpty();
            assertThat(c.fichesAuCodeEnDouble()).isEmpty();
            assertThat(c.indicateursAuCodeEnDouble()).isEmpty();
        }
    }

    @Nested
    @DisplayName("the builder")
    class Construction {

        @Test
        void to_builder_carries_every_component_of_the_contract() throws Exception {
            ContratLocalSante complet = Contrats.complet();
            for (RecordComponent component : ContratLocalSante.class.getRecordComponents()) {
                assertThat(component.getAccessor().invoke(complet)).as(component.getName() + " in the fixture")
                        .isNotNull().isNotEqualTo(List.of());
            }

            assertThat(complet.toBuilder().build()).isEqualTo(complet);
        }

        @Test
        void a_list_given_element_by_element_is_the_list_given_whole() {
            Avenant premier = new Avenant(1, D2019, "prolongation", null, null);
            Avenant second = new Avenant(2, D2019, "nouvelle action", null, null);

            assertThat(ContratLocalSante.builder().avenants(premier, second).signataires(signe("ARS", D2019)).build())
                    .isEqualTo(ContratLocalSante.builder().avenants(List.of(premier, second))
                            .signataires(List.of(signe("ARS", D2019))).build());
        }
    }

    @Nested
    @DisplayName("the signatories of an avenant")
    class SignatairesAvenant {

        @Test
        void not_known_is_not_nobody_and_both_survive_a_round_trip() {
            Avenant inconnus = new Avenant(1, D2019, "prolongation", null, null);
            Avenant personne = new Avenant(2, D2019, "prolongation", null, List.of());
            assertThat(inconnus.signatairesConnus()).isFalse();
            assertThat(personne.signatairesConnus()).isTrue();
            ContratLocalSante c = ContratLocalSante.builder().id("X").avenants(inconnus, personne).build();
            String json = ContractJson.toJson(c);
            assertThat(ContractJson.parse(json, "x.json").avenants()).containsExactly(inconnus, personne);
        }
    }
}
