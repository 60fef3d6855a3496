package io.github.cls4j.rules.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cls4j.core.code.CodeCommune;
import io.github.cls4j.core.code.CodeQpv;
import io.github.cls4j.core.code.Region;
import io.github.cls4j.geography.Geographie;
import io.github.cls4j.rules.ReferenceDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Territorial reference data: the bundled sample, and a file of one's own read strictly")
class TerritorialDataTest {

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve(TerritorialData.FILE), json);
    }

    @Test
    void completed_by_the_geography_every_commune_of_a_region_counts_and_the_host_figures_stay() {
        TerritorialData host = TerritorialData.of(List.of(new Commune(CodeCommune.of("62041"), "Arras", 41_555L, 2018, "hôte")), List.of(), List.of());

        TerritorialData data = host.withGeographie(Geographie.bundled(), LocalDate.of(2026, 11, 23));

        assertThat(data.geographie()).hasValueSatisfying(m -> assertThat(m.annee()).isEqualTo(2026));
        assertThat(data.commune(CodeCommune.of("62041"))).hasValueSatisfying(c -> assertThat(c.population()).isEqualTo(41_555L));
        assertThat(data.commune(CodeCommune.of("80004"))).hasValueSatisfying(c -> {
            assertThat(c.nom()).isEqualTo("Acheux-en-Vimeu");
            assertThat(c.population()).isPositive();
            assertThat(c.annee()).as("the source does not say the year of its populations").isNull();
            assertThat(c.source()).isEqualTo("Code officiel géographique au 1er janvier 2026 (@etalab/decoupage-administratif@6.0.0)");
        });
        assertThat(data.communes(Region.HAUTS_DE_FRANCE)).hasSizeBetween(3_700, 3_850);
        assertThat(data.communes(Region.GUADELOUPE)).extracting(c -> c.code().value()).contains("97101", "97701", "97801");
        assertThat(host.geographie()).isEmpty();
        TerritorialData sansChiffre = TerritorialData.of(List.of(new Commune(CodeCommune.of("62041"), "Arras", null, null, "hôte")), List.of(), List.of())
                .withGeographie(Geographie.bundled(), LocalDate.of(2026, 11, 23));
        assertThat(sansChiffre.commune(CodeCommune.of("62041"))).as("a host commune without population takes the geography's")
                .hasValueSatisfying(c -> assertThat(c.population()).isPositive());
    }

    @Test
    void the_bundled_sample_holds_only_the_qpv_of_the_samples_which_the_geography_cannot_give() {
        TerritorialData data = TerritorialData.bundled();

        assertThat(data.commune(CodeCommune.of("62041"))).isEmpty();
        assertThat(data.communes(Region.HAUTS_DE_FRANCE)).isEmpty();
        assertThat(data.qpv(CodeQpv.of("QP093901"))).hasValueSatisfying(q -> {
            assertThat(q.population()).isEqualTo(9_000L);
            assertThat(q.communes()).containsExactly(CodeCommune.of("93070"));
            assertThat(q.source()).contains("fictif");
        });
        assertThat(data.qpv(Region.ILE_DE_FRANCE)).hasSize(1);
        assertThat(data.qpv(Region.HAUTS_DE_FRANCE)).hasSize(2);
        assertThat(data.praps(Region.HAUTS_DE_FRANCE)).isEmpty();
    }

    @Test
    void a_file_of_one_s_own_is_read() throws IOException {
        TerritorialData data = TerritorialData.read(write("""
                {"communes": [{"code": "59350", "nom": "Lille", "population": 236710, "annee": 2021, "source": "INSEE"}],
                 "qpv": [], "praps": [{"id": "T1", "region": "32", "nom": "Lille", "communes": ["59350"], "source": "PRAPS"}]}
                """));

        assertThat(data.communes(Region.HAUTS_DE_FRANCE)).singleElement().satisfies(c -> assertThat(c.population()).isEqualTo(236_710L));
        assertThat(data.praps(Region.HAUTS_DE_FRANCE)).singleElement().satisfies(t -> assertThat(t.communes()).containsExactly(CodeCommune.of("59350")));
        assertThat(data.isEmpty()).isFalse();
        assertThat(TerritorialData.empty().isEmpty()).isTrue();
    }

    @Test
    void a_malformed_file_names_its_file_and_line() throws IOException {
        Path file = write("""
                {"communes": [
                  {"code": "59350", "nom": "Lille", "population": "beaucoup"}
                ]}
                """);

        ReferenceDataException e = catchThrowableOfType(ReferenceDataException.class, () -> TerritorialData.read(file));

        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).startsWith(file + ":2: ").contains("population");
    }

    @Test
    void a_code_twice_or_malformed_and_a_negative_population_are_refused_by_name() throws IOException {
        Path twice = write("""
                {"communes": [{"code": "59350", "nom": "Lille"}, {"code": "59350", "nom": "Lille"}]}""");
        assertThat(catchThrowableOfType(ReferenceDataException.class, () -> TerritorialData.read(twice)))
                .hasMessageContaining("59350 is listed twice");
        Path malformed = write("""
                {"qpv": [{"code": "QX1", "nom": "?", "communes": []}]}""");
        assertThat(catchThrowableOfType(ReferenceDataException.class, () -> TerritorialData.read(malformed)))
                .hasMessageContaining("malformed QPV code QX1");
        Path negative = write("""
                {"communes": [{"code": "59350", "nom": "Lille", "population": -1}]}""");
        assertThat(catchThrowableOfType(ReferenceDataException.class, () -> TerritorialData.read(negative)))
                .hasMessageContaining("has a population out of 0..100000000");
    }

    @Test
    void a_population_that_cannot_be_true_is_refused_so_that_no_sum_overflows() throws IOException {
        Path huge = write("""
                {"communes": [{"code": "59350", "nom": "Lille", "population": 9223372036854775807},
                              {"code": "59009", "nom": "Villeneuve-d'Ascq", "population": 9223372036854775807}]}""");

        assertThat(catchThrowableOfType(ReferenceDataException.class, () -> TerritorialData.read(huge)))
                .hasMessageContaining("the commune 59350 has a population out of 0..100000000");
    }

    @Test
    void an_entry_that_is_null_or_lacks_what_a_report_names_is_refused_by_name() throws IOException {
        Path nulls = write("""
                {"communes": [null]}""");
        assertThat(catchThrowableOfType(ReferenceDataException.class, () -> TerritorialData.read(nulls)))
                .hasMessageContaining(":1:");
        Path unnamed = write("""
                {"qpv": [{"code": "QN06201M", "communes": ["62041"]}]}""");
        assertThat(catchThrowableOfType(ReferenceDataException.class, () -> TerritorialData.read(unnamed)))
                .hasMessageContaining("the QPV QN06201M has no name");
        Path elsewhere = write("""
                {"praps": [{"id": "T1", "region": "ZZ", "nom": "Nulle part", "communes": []}]}""");
        assertThat(catchThrowableOfType(ReferenceDataException.class, () -> TerritorialData.read(elsewhere)))
                .hasMessageContaining("the PRAPS territory T1 names no region of France");
        Path badCommune = write("""
                {"qpv": [{"code": "QN06201M", "nom": "Q", "communes": ["99999"]}]}""");
        assertThat(catchThrowableOfType(ReferenceDataException.class, () -> TerritorialData.read(badCommune)))
                .hasMessageContaining("lists a malformed INSEE code 99999");
    }

    @Test
    void a_key_given_twice_is_refused_rather_than_the_last_one_winning() throws IOException {
        Path twice = write("""
                {"communes": [{"code": "62041", "nom": "Arras", "population": 41555, "population": 999999}]}""");

        assertThat(catchThrowableOfType(ReferenceDataException.class, () -> TerritorialData.read(twice)))
                .hasMessageContaining("Duplicate").hasMessageContaining("population");
    }

    @Test
    void what_is_not_a_regular_file_is_refused_without_being_read() throws IOException {
        // A device reports a size of 0 and never ends: read, it filled the memory.
        Path zero = Path.of("/dev/zero");
        assertThat(zero).as("the build runs on Linux").exists();
        Path link = dir.resolve("territoires.json");
        Files.createSymbolicLink(link, zero);

        assertThat(catchThrowableOfType(ReferenceDataException.class, () -> TerritorialData.read(zero)))
                .hasMessageContaining("it is not a regular file");
        assertThat(catchThrowableOfType(ReferenceDataException.class, () -> TerritorialData.read(link)))
                .hasMessageContaining("it is not a regular file");
    }

    @Test
    void a_missing_file_is_named() {
        Path absent = dir.resolve("absent.json");

        assertThat(catchThrowableOfType(ReferenceDataException.class, () -> TerritorialData.read(absent)))
                .hasMessageStartingWith(absent + ": cannot be read");
    }
}
