package io.github.cls4j.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The bundled geography, on real codes of the Code officiel géographique and of the DGCL. */
@DisplayName("The official geography of each edition, on real codes")
class GeographieTest {

    private static final Geographie GEO = Geographie.bundled();
    private static final Millesime G2019 = GEO.millesimeEnVigueurLe(LocalDate.of(2019, 6, 1));
    private static final Millesime G2024 = GEO.millesimeEnVigueurLe(LocalDate.of(2024, 12, 31));
    private static final Millesime G2025 = GEO.millesimeEnVigueurLe(LocalDate.of(2025, 1, 1));
    private static final Millesime G2026 = GEO.millesimeEnVigueurLe(LocalDate.of(2026, 11, 23));

    @Test
    void holds_the_editions_2019_and_2021_to_2026_each_in_force_from_the_first_of_january() {
        assertThat(GEO.millesimes()).extracting(Millesime::annee).containsExactly(2019, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(GEO.millesimes()).allSatisfy(m -> assertThat(m.enVigueurDepuis()).isEqualTo(LocalDate.of(m.annee(), 1, 1)));
        assertThat(G2026.source()).isEqualTo("@etalab/decoupage-administratif@6.0.0");
    }

    @Nested
    @DisplayName("The edition in force on a day")
    class InForce {

        @Test
        void is_the_latest_in_force_on_that_day_on_both_sides_of_the_first_of_january() {
            assertThat(G2024.annee()).isEqualTo(2024);
            assertThat(G2025.annee()).isEqualTo(2025);
        }

        @Test
        void in_2020_is_the_2019_one_as_there_is_no_2020_edition() {
            assertThat(GEO.millesimeEnVigueurLe(LocalDate.of(2020, 12, 31)).annee()).isEqualTo(2019);
        }

        @Test
        void before_every_edition_is_the_oldest_which_came_into_force_after_that_day() {
            Millesime oldest = GEO.millesimeEnVigueurLe(LocalDate.of(2012, 3, 1));

            assertThat(oldest.annee()).isEqualTo(2019);
            assertThat(oldest.enVigueurDepuis()).isAfter(LocalDate.of(2012, 3, 1));
        }
    }

    @Nested
    @DisplayName("A code of each kind")
    class Kinds {

        @Test
        void a_commune_with_its_departement_region_siren_and_population() {
            CommuneCog arras = GEO.commune("62041", G2026).orElseThrow();

            assertThat(arras).isEqualTo(new CommuneCog("62041", TypeCommune.ACTUELLE, "Arras", "62", "32", Zone.METROPOLE, "216200410",
                    null, List.of(), 42875));
            assertThat(GEO.commune("62041", G2019).orElseThrow().siren()).as("no SIREN before 2022").isNull();
        }

        @Test
        void a_commune_deleguee_that_shares_its_code_with_its_commune_nouvelle_comes_after_it() {
            assertThat(GEO.entries("01015", G2026)).extracting(CommuneCog::type, CommuneCog::nom)
                    .containsExactly(tuple(TypeCommune.ACTUELLE, "Arboys en Bugey"),
                            tuple(TypeCommune.DELEGUEE, "Arbignieu"));
        }

        @Test
        void a_commune_associee_and_an_arrondissement_municipal_name_the_commune_they_belong_to() {
            CommuneCog cordieux = GEO.commune("01120", G2026).orElseThrow();
            CommuneCog marseille1 = GEO.commune("13201", G2026).orElseThrow();

            assertThat(cordieux.type()).isEqualTo(TypeCommune.ASSOCIEE);
            assertThat(cordieux.parent()).isEqualTo("01262");
            assertThat(marseille1.type()).isEqualTo(TypeCommune.ARRONDISSEMENT_MUNICIPAL);
            assertThat(marseille1.parent()).isEqualTo("13055");
            assertThat(marseille1.population()).isEqualTo(37599);
        }

        @Test
        void a_code_no_edition_holds_is_empty() {
            assertThat(GEO.commune("99999", G2026)).isEmpty();
            assertThat(GEO.devenir("99999", G2026)).isEmpty();
        }
    }

    @Nested
    @DisplayName("A commune nouvelle and its former codes, on both sides of the edition that made it")
    class CommuneNouvelle {

        @Test
        void ruffieu_is_a_commune_in_2024_and_in_2025_a_commune_deleguee_of_haut_valromey() {
            assertThat(GEO.commune("01330", G2024).orElseThrow().estCommune()).isTrue();
            assertThat(GEO.devenir("01330", G2024)).isEmpty();

            assertThat(GEO.commune("01330", G2025).orElseThrow().type()).isEqualTo(TypeCommune.DELEGUEE);
            assertThat(GEO.devenir("01330", G2025)).extracting(CommuneCog::code, CommuneCog::nom)
                    .containsExactly(tuple("01187", "Haut Valromey"));
            assertThat(GEO.commune("01187", G2025).orElseThrow().anciensCodes()).contains("01330");
        }

        @Test
        void a_code_that_lost_its_entry_names_the_commune_that_lists_it_among_its_former_codes() {
            assertThat(GEO.commune("02077", G2019).orElseThrow().nom()).isEqualTo("Berzy-le-Sec");
            assertThat(GEO.commune("02077", G2026)).isEmpty();
            assertThat(GEO.devenir("02077", G2026)).extracting(CommuneCog::code, CommuneCog::nom)
                    .containsExactly(tuple("02564", "Bernoy-le-Château"));
            assertThat(GEO.devenir("02077", G2026)).extracting(CommuneCog::designation).containsExactly("Bernoy-le-Château (02564)");
        }

        @Test
        void the_editions_that_hold_a_code_stop_at_the_one_where_it_lost_its_entry() {
            assertThat(GEO.millesimesDe("02077")).extracting(Millesime::annee).startsWith(2019).doesNotContain(2026);
            assertThat(GEO.millesimesDe("62041")).isEqualTo(GEO.millesimes());
            assertThat(GEO.millesimesDe("80901")).isEmpty();
        }

        @Test
        void a_commune_deleguee_names_its_commune_nouvelle() {
            assertThat(GEO.commune("01340", G2026).orElseThrow().type()).isEqualTo(TypeCommune.DELEGUEE);
            assertThat(GEO.devenir("01340", G2026)).extracting(CommuneCog::code).containsExactly("01015");
        }
    }

    @Nested
    @DisplayName("EPCI")
    class Epci {

        @Test
        void the_cu_d_arras_with_its_members() {
            EpciCog cua = GEO.epci("200033579", G2026).orElseThrow();

            assertThat(cua.type()).isEqualTo(TypeEpci.CU);
            assertThat(cua.nom()).isEqualTo("CU d'Arras");
            assertThat(cua.membres()).contains("62041").hasSizeGreaterThan(40);
            assertThat(cua.populationMunicipale()).isPositive();
        }

        @Test
        void a_commune_names_its_epci_and_a_commune_of_none_has_none() {
            assertThat(GEO.epciDe("62041", G2026)).map(EpciCog::siren).contains("200033579");
            assertThat(GEO.epciDe("62065", G2026)).map(EpciCog::nom).contains("CA de Lens - Liévin");
            // Île-d'Yeu, an island commune of no EPCI (CGCT L5210-1-1).
            assertThat(GEO.epciDe("85113", G2026)).isEmpty();
        }

        @Test
        void an_epci_whose_members_lie_in_two_regions() {
            EpciCog aire = GEO.epci("200030435", G2026).orElseThrow();

            assertThat(aire.membres().stream().map(code -> GEO.commune(code, G2026).orElseThrow().region()).distinct())
                    .containsExactlyInAnyOrder("75", "76");
        }

        @Test
        void every_edition_lists_about_twelve_hundred_epci_each_with_members_that_are_codes_of_that_edition() {
            for (Millesime m : GEO.millesimes()) {
                List<EpciCog> all = GEO.epcis(m);
                assertThat(all).as("%s", m.annee()).hasSizeBetween(1200, 1300);
                assertThat(all).allSatisfy(e -> assertThat(e.membres()).allSatisfy(code -> assertThat(GEO.commune(code, m)).isPresent()));
            }
        }
    }

    @Nested
    @DisplayName("Overseas")
    class OutreMer {

        @Test
        void the_communes_of_the_five_drom_are_in_their_regions() {
            assertThat(List.of("97101", "97209", "97302", "97411", "97608")).extracting(code -> GEO.commune(code, G2026).orElseThrow())
                    .extracting(CommuneCog::region).containsExactly("01", "02", "03", "04", "06");
            assertThat(GEO.commune("97608", G2026).orElseThrow().zone()).isEqualTo(Zone.DROM);
        }

        @Test
        void saint_barthelemy_and_saint_martin_are_collectivites_d_outre_mer_in_no_region_in_every_edition() {
            for (Millesime m : GEO.millesimes()) {
                assertThat(GEO.commune("97701", m).orElseThrow()).satisfies(c -> {
                    assertThat(c.zone()).isEqualTo(Zone.COM);
                    assertThat(c.region()).isEqualTo("977");
                });
                assertThat(GEO.commune("97801", m).orElseThrow().region()).isEqualTo("978");
            }
        }
    }

    @Test
    void the_communes_of_an_edition_are_some_thirty_five_thousand_without_the_deleguees_nor_the_arrondissements() {
        List<CommuneCog> communes = GEO.communes(G2026);

        assertThat(communes).hasSizeBetween(34_000, 35_500).allSatisfy(c -> assertThat(c.estCommune()).isTrue());
        assertThat(communes).extracting(CommuneCog::code).contains("62041", "97801").doesNotContain("01340", "75101").isSorted();
        assertThat(GEO.communes(G2019)).hasSizeGreaterThan(communes.size());
    }

    @Test
    void the_edition_after_another_and_none_after_the_last() {
        assertThat(GEO.suivant(G2019)).map(Millesime::annee).contains(2021);
        assertThat(GEO.suivant(G2026)).isEmpty();
    }

    @Test
    void names_the_departements_and_regions() {
        assertThat(GEO.nomDepartement("62", G2026)).contains("Pas-de-Calais");
        assertThat(GEO.regionDuDepartement("62", G2026)).contains("32");
        assertThat(GEO.nomRegion("32", G2026)).contains("Hauts-de-France");
        assertThat(GEO.nomRegion("977", G2026)).contains("Saint-Barthélemy");
    }

    @Test
    void an_edition_of_another_geography_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> GEO.commune("62041", new Millesime(2026, LocalDate.of(2026, 1, 1), "ailleurs")));
    }
}
