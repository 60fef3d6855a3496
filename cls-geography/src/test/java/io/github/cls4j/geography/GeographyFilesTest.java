package io.github.cls4j.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled files are those the script wrote; a host's files are read strictly, every problem at its file and line. */
@DisplayName("Geography files: the bundled ones as recorded, a host's refused at the line that is wrong")
class GeographyFilesTest {

    private static final String EDITIONS = """
            # annee\tenVigueurDepuis\tsource\tintegrite
            # editions: 2025 2026
            2025\t2025-01-01\thote-2025\t
            2026\t2026-01-01\thote-2026\t
            """;
    private static final String COMMUNES = """
            # code\ttype\tnom\tdepartement\tregion\tzone\tsiren\tparent\tanciensCodes\teditions\tpopulations
            # editions: 2025 2026
            62041\tA\tArras\t62\t32\tmetro\t216200410\t\t\t11\t42875,42900
            62042\tA\tAthies\t62\t32\tmetro\t\t\t\t01\t
            """;
    private static final String EPCI = """
            # siren\ttype\tnom\tmembres\teditions\tpopulationsMunicipales
            # editions: 2025 2026
            200033579\tCU\tCU d'Arras\t62041 62042\t11\t,
            """;
    private static final String DEPARTEMENTS = "# editions: 2025 2026\n62\tPas-de-Calais\t32\t11\t,\n";
    private static final String REGIONS = "# editions: 2025 2026\n32\tHauts-de-France\t11\t,\n";

    @TempDir
    Path folder;

    @BeforeEach
    void write() throws IOException {
        Files.writeString(folder.resolve("editions.tsv"), EDITIONS);
        Files.writeString(folder.resolve("communes.tsv"), COMMUNES);
        Files.writeString(folder.resolve("epci.tsv"), EPCI);
        Files.writeString(folder.resolve("departements.tsv"), DEPARTEMENTS);
        Files.writeString(folder.resolve("regions.tsv"), REGIONS);
    }

    @Test
    void the_bundled_files_have_the_checksums_the_script_recorded() throws IOException, NoSuchAlgorithmException {
        List<String> sums;
        try (InputStream in = Geographie.class.getResourceAsStream("sha256sums.txt")) {
            sums = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(sums).extracting(line -> line.substring(66)).containsExactlyInAnyOrder(GeographyFiles.ALL.toArray(String[]::new));
        for (String line : sums) {
            try (InputStream in = Geographie.class.getResourceAsStream(line.substring(66))) {
                String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
                assertThat(actual).as(line.substring(66)).isEqualTo(line.substring(0, 64));
            }
        }
    }

    @Test
    void the_bundled_files_pass_every_check_a_host_s_files_pass(@TempDir Path bundled) throws IOException {
        for (String file : GeographyFiles.ALL) {
            try (InputStream in = Geographie.class.getResourceAsStream(file)) {
                Files.copy(in, bundled.resolve(file));
            }
        }

        Geographie read = Geographie.read(bundled);

        Millesime m2026 = read.millesimes().get(read.millesimes().size() - 1);
        assertThat(read.commune("62041", m2026)).isEqualTo(Geographie.bundled().commune("62041", Geographie.bundled().millesimes().get(6)));
    }

    @Test
    void a_byte_order_mark_before_the_first_line_is_no_part_of_it() throws IOException {
        Files.write(folder.resolve("regions.tsv"), ("\uFEFF" + REGIONS).getBytes(StandardCharsets.UTF_8));

        assertThat(Geographie.read(folder).nomRegion("32", new Millesime(2026, LocalDate.of(2026, 1, 1), "hote-2026")))
                .contains("Hauts-de-France");
    }

    @Test
    void editions_whose_days_do_not_follow_their_years_are_refused() throws IOException {
        Files.writeString(folder.resolve("editions.tsv"), EDITIONS.replace("2026\t2026-01-01", "2026\t2024-01-01"));

        assertThat(problem()).hasMessageEndingWith("editions.tsv:4: the edition 2026 (2024-01-01) does not come after the one before it");
    }

    @Test
    void lines_out_of_the_order_of_their_codes_are_refused() throws IOException {
        Files.writeString(folder.resolve("communes.tsv"), COMMUNES.replace("62042\tA\tAthies", "62040\tA\tAthies"));

        assertThat(problem()).hasMessageEndingWith("communes.tsv:4: the code 62040 comes after 62041: the lines are not in order of their codes");
    }

    @Test
    void a_host_s_own_edition_is_read_and_used() {
        Geographie own = Geographie.read(folder);
        Millesime m2025 = own.millesimeEnVigueurLe(LocalDate.of(2025, 6, 1));

        assertThat(own.millesimes()).extracting(Millesime::source).containsExactly("hote-2025", "hote-2026");
        assertThat(own.commune("62041", m2025).orElseThrow().population()).isEqualTo(42875);
        assertThat(own.commune("62042", m2025)).isEmpty();
        assertThat(own.epci("200033579", m2025).orElseThrow().populationMunicipale()).isNull();
    }

    @Test
    void a_line_with_a_field_missing_is_refused_at_its_line() throws IOException {
        Files.writeString(folder.resolve("communes.tsv"), COMMUNES.replace("\tmetro\t216200410", "\t216200410"));

        assertThat(problem()).hasMessage(folder.resolve("communes.tsv") + ":3: 10 fields; expected 11")
                .satisfies(e -> assertThat(e.line()).isEqualTo(3));
    }

    @Test
    void a_code_given_twice_in_one_edition_is_refused() throws IOException {
        Files.writeString(folder.resolve("communes.tsv"), COMMUNES.replace("62042\tA", "62041\tA\tArras bis\t62\t32\tmetro\t\t\t\t01\t1\n62042\tA"));

        assertThat(problem()).hasMessageEndingWith("communes.tsv:4: 62041 A is given twice in the edition 2026");
    }

    @Test
    void a_file_of_other_editions_is_refused() throws IOException {
        Files.writeString(folder.resolve("epci.tsv"), EPCI.replace("# editions: 2025 2026", "# editions: 2024 2025"));

        assertThat(problem()).hasMessageEndingWith("epci.tsv:2: is of the editions 2024 2025, not of those of editions.tsv (2025 2026)");
    }

    @Test
    void a_malformed_value_is_refused_with_what_was_expected() throws IOException {
        Files.writeString(folder.resolve("communes.tsv"), COMMUNES.replace("\tA\tArras", "\tX\tArras"));
        assertThat(problem()).hasMessageEndingWith("communes.tsv:3: no kind of commune is written X (expected A, D, S or M)");

        Files.writeString(folder.resolve("communes.tsv"), COMMUNES.replace("42875,42900", "42875"));
        assertThat(problem()).hasMessageEndingWith("communes.tsv:3: 1 figures for 2 editions");

        Files.writeString(folder.resolve("communes.tsv"), COMMUNES.replace("216200410", "2162004"));
        assertThat(problem()).hasMessageEndingWith("communes.tsv:3: the SIREN 2162004 is not nine digits");
    }

    @Test
    void a_missing_file_or_a_file_that_is_not_utf8_is_refused() throws IOException {
        Files.delete(folder.resolve("regions.tsv"));
        assertThat(problem()).hasMessage(folder.resolve("regions.tsv") + ": there is no such file");

        Files.write(folder.resolve("regions.tsv"), "# editions: 2025 2026\n32\tR\u00e9gion\t11\t,\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(problem()).hasMessage(folder.resolve("regions.tsv") + ": is not UTF-8 text");
    }

    private GeographyFormatException problem() {
        return catchThrowableOfType(GeographyFormatException.class, () -> Geographie.read(folder));
    }
}
