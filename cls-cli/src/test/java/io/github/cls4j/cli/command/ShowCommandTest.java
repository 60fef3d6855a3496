package io.github.cls4j.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.cli.Cli;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.samples.SampleContracts;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("cls show: reads contracts, reports bad files with their location and goes on")
class ShowCommandTest {

    @Test
    void shows_the_bundled_samples() {
        Cli.Result r = Cli.run("show", "--samples", "--variants");

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("HDF-CUA-ARRAS — Contrat Local de Santé de la Communauté Urbaine d'Arras",
                "  Région : Occitanie (76)",
                "  Territoire : Pays Haut Languedoc et Vignobles (PETR ou pays)",
                "  Signataires\n    ARS Île-de-France (agence régionale de santé)\n      signé le 14 décembre 2018\n    Ville d'Exemple-sur-Seine (commune)",
                "      Objectif 1.1 « Organiser les conditions favorables à l'installation de médecins sur le territoire »\n"
                        + "        Fiche action FA-1.1.1 « Accueil des internes et des jeunes médecins »\n"
                        + "          Porteur : Pays Haut Languedoc et Vignobles\n"
                        + "          Indicateur I-1.1.1-a « Nombre de médecins installés »",
                "HDF-CUA-ARRAS-SANS-SM — ");
        assertThat(Cli.run("show", "--samples").out()).contains("HDF-CUA-ARRAS — ").doesNotContain("HDF-CUA-ARRAS-SANS-SM");
    }

    @Test
    void a_bad_file_is_reported_with_its_location_and_the_other_files_are_still_shown(@TempDir Path dir)
            throws Exception {
        Path good = dir.resolve("a-good.json");
        Path bad = dir.resolve("b-bad.json");
        ContractJson.write(SampleContracts.read("004-occitanie-pays-hlv.json"), good);
        Files.writeString(bad, "{\n  \"schemaVersion\" : \"1.0\",\n  \"statut\" : \"ACTIF\"\n}\n");

        Cli.Result r = Cli.run("show", dir.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("OCC-PAYS-HLV");
        assertThat(r.err()).contains(bad + ":3:14: $.statut : valeur invalide « ACTIF » ; attendu : l’une des valeurs [");
    }

    @Test
    void prints_a_contract_back_as_json() {
        Cli.Result r = Cli.run("show", "--json", "../cls-samples/src/main/resources" + SampleContracts.FOLDER + "000-arras-cua.json");

        assertThat(r.exit()).isZero();
        assertThat(ContractJson.parse(r.out())).isEqualTo(SampleContracts.read("000-arras-cua.json"));
    }

    @Test
    void a_folder_without_contracts_is_an_input_error_and_json_files_are_found_whatever_the_case(@TempDir Path dir)
            throws Exception {
        Path empty = Files.createDirectories(dir.resolve("vide"));
        Path upper = Files.createDirectories(dir.resolve("majuscules"));
        ContractJson.write(SampleContracts.read("004-occitanie-pays-hlv.json"), upper.resolve("CONTRAT.JSON"));

        Cli.Result none = Cli.run("show", empty.toString());
        Cli.Result found = Cli.run("show", upper.toString());

        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains(empty + ": aucun fichier *.json dans ce dossier");
        assertThat(found.exit()).isZero();
        assertThat(found.out()).contains("OCC-PAYS-HLV");
    }

    @Test
    void a_missing_file_or_no_input_or_a_bad_option_is_an_input_error(@TempDir Path dir) {
        assertThat(Cli.run("show", dir.resolve("absent.json").toString()).exit()).isEqualTo(2);
        assertThat(Cli.run("show").exit()).isEqualTo(2);
        assertThat(Cli.run("show", "--nope").exit()).isEqualTo(2);
    }
}
