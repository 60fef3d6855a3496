package io.github.cls4j.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The 18 regions, their INSEE codes, departments and ARS")
class RegionTest {

    @Test
    void there_are_eighteen_regions_with_distinct_codes() {
        assertThat(Region.values()).hasSize(18);
        assertThat(Arrays.stream(Region.values()).map(Region::code)).doesNotHaveDuplicates()
                .containsExactlyInAnyOrder("01", "02", "03", "04", "06", "11", "24", "27", "28", "32", "44", "52",
                        "53", "75", "76", "84", "93", "94");
    }

    @Test
    void every_metropolitan_department_belongs_to_exactly_one_region() {
        List<String> metropolitan = IntStream.rangeClosed(1, 95)
                .filter(n -> n != 20)
                .mapToObj(n -> String.format("%02d", n))
                .toList();
        List<String> all = Arrays.stream(Region.values()).flatMap(r -> r.departements().stream()).toList();

        assertThat(all).doesNotHaveDuplicates();
        assertThat(all).containsAll(metropolitan).contains("2A", "2B", "971", "972", "973", "974", "976");
        assertThat(all).hasSize(94 + 2 + 5 + 2);
    }

    @ParameterizedTest(name = "commune {0} is in {1}")
    @CsvSource({"62041, HAUTS_DE_FRANCE", "34172, OCCITANIE", "93066, ILE_DE_FRANCE", "2A004, CORSE",
        "97411, LA_REUNION", "97801, GUADELOUPE", "69123, AUVERGNE_RHONE_ALPES", "13055, PROVENCE_ALPES_COTE_D_AZUR"})
    void finds_the_region_of_a_commune(String commune, Region region) {
        assertThat(Region.ofCommune(CodeCommune.of(commune))).contains(region);
    }

    @Test
    void mayotte_was_in_the_competence_of_the_ars_ocean_indien_until_2019() {
        assertThat(Region.competentePour("976", LocalDate.of(2019, 12, 31))).contains(Region.LA_REUNION);
        assertThat(Region.competentePour("976", LocalDate.of(2020, 1, 1))).contains(Region.MAYOTTE);
        assertThat(Region.competentePour("976", null)).contains(Region.MAYOTTE);
        assertThat(Region.competentePour("62", LocalDate.of(2010, 1, 1))).contains(Region.HAUTS_DE_FRANCE);
        assertThat(Region.competentePour("975", LocalDate.of(2010, 1, 1))).isEmpty();
    }

    @Test
    void la_reunion_and_mayotte_had_one_ars_until_2019_which_its_name_ocean_indien_says() {
        assertThat(Region.memeArs("04", "06", LocalDate.of(2019, 12, 31))).isTrue();
        assertThat(Region.memeArs("06", "04", LocalDate.of(2020, 1, 1))).isFalse();
        assertThat(Region.memeArs("32", "32", null)).isTrue();
        assertThat(Region.memeArs("32", "11", LocalDate.of(2019, 1, 1))).isFalse();
        assertThat(Region.memeArs("ZZ", "ZZ", null)).isFalse();
        assertThat(Region.nommeeDans("Agence de santé Océan Indien")).contains(Region.LA_REUNION);
        assertThat(Region.deLaCommune("32", "62")).contains(Region.HAUTS_DE_FRANCE);
        assertThat(Region.deLaCommune("977", "977")).as("Saint-Barthélemy, in no region").contains(Region.GUADELOUPE);
        assertThat(Region.deLaCommune("975", "975")).as("Saint-Pierre-et-Miquelon, no ARS").isEmpty();
        assertThat(Region.nommeeDans("ARS La Réunion")).contains(Region.LA_REUNION);
    }

    @Test
    void names_the_ars_of_each_region() {
        assertThat(Region.HAUTS_DE_FRANCE.ars()).isEqualTo("ARS Hauts-de-France");
        assertThat(Region.GUADELOUPE.ars()).contains("Saint-Martin");
        assertThat(Arrays.stream(Region.values()).map(Region::ars)).allMatch(a -> a.startsWith("ARS "));
    }

    @ParameterizedTest
    @EnumSource(Region.class)
    void a_region_code_is_well_formed_for_each_region(Region region) {
        CodeRegion code = CodeRegion.of(region);

        assertThat(code.isWellFormed()).isTrue();
        assertThat(code.region()).contains(region);
    }

    @ParameterizedTest
    @ValueSource(strings = {"05", "31", "3", "032", "HDF", ""})
    void an_unknown_region_code_is_kept_and_reported_as_malformed(String value) {
        CodeRegion code = CodeRegion.of(value);

        assertThat(code.isWellFormed()).isFalse();
        assertThat(code.region()).isEmpty();
        assertThat(code.value()).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ARS Île-de-France|ILE_DE_FRANCE",
        "Agence régionale de santé des Hauts de France|HAUTS_DE_FRANCE",
        "ARS PROVENCE-ALPES-COTE D'AZUR|PROVENCE_ALPES_COTE_D_AZUR",
        "ARS La Réunion|LA_REUNION"})
    void a_region_is_found_by_its_name_in_a_text_whatever_its_accents_case_and_hyphens(String text, Region region) {
        assertThat(Region.nommeeDans(text)).contains(region);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ARS", "Agence régionale de santé", "ARS Normandie et Bretagne", "Francemagne"})
    void a_text_that_names_no_region_or_two_names_none(String text) {
        assertThat(Region.nommeeDans(text)).isEmpty();
    }
}
