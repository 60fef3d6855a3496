package io.github.cls4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.Signataire;
import io.github.cls4j.core.contrat.StatutContrat;
import io.github.cls4j.core.contrat.TypeDispositif;
import io.github.cls4j.core.contrat.TypeOrganisation;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.core.json.ContractSchema;
import io.github.cls4j.core.strategie.AxeStrategique;
import io.github.cls4j.core.strategie.AxeTransversal;
import io.github.cls4j.core.strategie.ChampLegal;
import io.github.cls4j.core.strategie.Financement;
import io.github.cls4j.core.strategie.Objectif;
import io.github.cls4j.core.territoire.TypeTerritoire;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The seed samples read, conform to the schema, and hold the facts of their documents")
class SeedSamplesTest {

    static List<String> samples() {
        return SampleContracts.names();
    }

    private static List<String> noms(List<Signataire> signataires) {
        return signataires.stream().map(Signataire::nom).toList();
    }

    @Test
    void there_is_one_seed_per_source_document_each_followed_by_its_variants() {
        assertThat(SampleContracts.seeds()).containsExactly("000-arras-cua.json", "001-hdf-guide-elus.json",
                "002-hdf-charte-deuxieme-generation.json", "003-idf-commune-qpv.json", "004-occitanie-pays-hlv.json");
        assertThat(samples().stream().map(SampleContracts::seedOf).distinct()).containsExactlyElementsOf(SampleContracts.seeds());
        assertThat(SampleContracts.seedOf("000-arras-cua--sans-volet-sante-mentale.json")).isEqualTo("000-arras-cua.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void each_sample_conforms_to_the_schema_and_to_the_structural_constraints(String name) throws IOException {
        String json;
        try (InputStream in = SampleContracts.class.getResourceAsStream(SampleContracts.FOLDER + name)) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(ContractSchema.errors(json)).isEmpty();
        ContratLocalSante contrat = ContractJson.parse(json, name);
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            assertThat(factory.getValidator().validate(contrat)).isEmpty();
        }
        assertThat(contrat.provenance().faitsDuDocument()).isNotEmpty();
        assertThat(contrat.provenance().faitsIllustratifs()).isNotEmpty();
    }

    @Test
    void seed_000_arras_is_co_piloted_by_the_ars_and_the_cua_with_three_orientations_and_two_transversal_axes() {
        ContratLocalSante arras = SampleContracts.read("000-arras-cua.json");

        assertThat(arras.region().value()).isEqualTo("32");
        assertThat(noms(arras.signataires())).contains("ARS Hauts-de-France", "Communauté Urbaine d'Arras");
        assertThat(arras.gouvernance().comitePilotage().coPresidents())
                .containsExactly("ARS Hauts-de-France", "Communauté Urbaine d'Arras");
        assertThat(arras.axes()).extracting(AxeStrategique::intitule).containsExactly(
                "Faciliter l'accès aux soins et les parcours de santé pour tous",
                "Encourager les comportements favorables à la santé tout au long de la vie",
                "Renforcer la promotion de la santé auprès des publics vulnérables");
        assertThat(arras.axes().get(0).objectifs()).extracting(Objectif::intitule).containsExactly(
                "Favoriser l'installation de professionnels de santé sur le territoire",
                "Améliorer la coopération entre les professionnels de santé, du social et du médico-social",
                "Renforcer l'accès à la prévention et aux soins");
        assertThat(arras.axes().get(2).objectifs()).extracting(Objectif::intitule).containsExactly(
                "Prévenir les comportements à risque chez les jeunes", "Promouvoir le bien vieillir",
                "Valoriser les actions d'aide aux aidants");
        assertThat(arras.axesTransversaux()).extracting(AxeTransversal::intitule).containsExactly(
                "Le développement des compétences psychosociales", "Le soutien à la parentalité");
        assertThat(arras.articulations()).extracting(a -> a.type()).contains(TypeDispositif.ATELIER_SANTE_VILLE);
        assertThat(arras.territoire().communes()).extracting(c -> c.value()).contains("62041");
    }

    @Test
    void seed_001_follows_the_hdf_guide_coordinator_cofunded_and_yearly_review() {
        ContratLocalSante guide = SampleContracts.read("001-hdf-guide-elus.json");

        assertThat(guide.signataires()).extracting(Signataire::type)
                .containsExactly(TypeOrganisation.ARS, TypeOrganisation.EPCI);
        assertThat(guide.gouvernance().coordination().financements()).extracting(f -> f.financeur())
                .containsExactly("ARS Hauts-de-France", "Communauté de communes du Val d'Exemple");
        assertThat(guide.voletSanteMentale()).isNotNull();
        assertThat(guide.evaluations()).isNotEmpty();
        assertThat(guide.diagnostic().participatif()).isTrue();
    }

    @Test
    void seed_002_is_a_second_generation_contract_at_the_charte_stage_at_epci_scale() {
        ContratLocalSante charte = SampleContracts.read("002-hdf-charte-deuxieme-generation.json");

        assertThat(charte.generation()).isEqualTo(2);
        assertThat(charte.statut()).isEqualTo(StatutContrat.ENGAGEMENT);
        assertThat(charte.dateCharte()).isBetween(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 6, 30));
        assertThat(charte.territoire().type().estEpci()).isTrue();
        assertThat(charte.prs()).isEqualTo("HDF-PRS-2018-2028");
        assertThat(charte.axes()).hasSize(6);
        assertThat(charte.dateSignature()).isNull();
    }

    @Test
    void seed_003_is_signed_at_least_by_the_commune_the_ars_and_the_prefecture() {
        ContratLocalSante idf = SampleContracts.read("003-idf-commune-qpv.json");

        assertThat(idf.signataires()).extracting(Signataire::type)
                .contains(TypeOrganisation.COMMUNE, TypeOrganisation.ARS, TypeOrganisation.PREFECTURE);
        assertThat(idf.partenaires()).extracting(p -> p.type()).contains(TypeOrganisation.ETABLISSEMENT_DE_SANTE,
                TypeOrganisation.CPAM, TypeOrganisation.ASSOCIATION, TypeOrganisation.DEPARTEMENT);
        assertThat(idf.territoire().qpv()).isNotEmpty();
        assertThat(idf.articulations()).extracting(a -> a.type()).contains(TypeDispositif.CLSM);
        assertThat(idf.region().value()).isEqualTo("11");
    }

    @Test
    void seed_004_pays_hlv_has_three_axes_a_copil_of_elected_officials_and_the_ars_and_droit_commun_funding() {
        ContratLocalSante hlv = SampleContracts.read("004-occitanie-pays-hlv.json");

        assertThat(hlv.region().value()).isEqualTo("76");
        assertThat(hlv.territoire().type()).isEqualTo(TypeTerritoire.PETR_PAYS);
        assertThat(hlv.generation()).isEqualTo(2);
        assertThat(hlv.axes()).extracting(AxeStrategique::intitule).containsExactly(
                "Améliorer l'accès aux soins des populations",
                "Faciliter l'autonomie des personnes à risque de fragilité",
                "Développer des comportements et des environnements favorables à la santé");
        assertThat(hlv.axes().get(0).objectifs()).extracting(Objectif::intitule).containsExactly(
                "Organiser les conditions favorables à l'installation de médecins sur le territoire",
                "Améliorer l'accès aux soins de premier recours et aux soins urgents");
        assertThat(hlv.gouvernance().comitePilotage().membres()).containsExactly("élus du Pays", "ARS Occitanie");
        assertThat(hlv.gouvernance().coordination().coordinateur().contact()).isEqualTo("cls@payshlv.com");
        assertThat(hlv.axes().stream().flatMap(a -> a.objectifs().stream()).flatMap(o -> o.fichesAction().stream())
                .flatMap(f -> f.financements().stream())).allMatch(Financement::droitCommun);
        assertThat(hlv.axes().stream().flatMap(a -> a.champs().stream()))
                .contains(ChampLegal.PROMOTION_SANTE, ChampLegal.PREVENTION, ChampLegal.SOINS, ChampLegal.MEDICO_SOCIAL);
    }
}
