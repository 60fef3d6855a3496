package io.github.cls4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.samples.SampleContracts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("cls show: reads contracts, reports bad files with their location and goes on")
class ClsCommandTest {

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ClsCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void shows_the_bundled_samples() {
        Result r = run("show", "--samples");

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("HDF-CUA-ARRAS — Contrat Local de Santé de la Communauté Urbaine d'Arras",
                "Territoire : Pays Haut Languedoc et Vignobles (Occitanie)",
                "Signataires : ARS Île-de-France, Ville d'Exemple-sur-Seine, Préfecture de la Seine-Saint-Denis");
    }

    @Test
    void a_bad_file_is_reported_with_its_location_and_the_other_files_are_still_shown(@TempDir Path dir)
            throws Exception {
        Path good = dir.resolve("a-good.json");
        Path bad = dir.resolve("b-bad.json");
        ContractJson.write(SampleContracts.read("004-occitanie-pays-hlv.json"), good);
        Files.writeString(bad, "{\n  \"schemaVersion\" : \"1.0\",\n  \"statut\" : \"ACTIF\"\n}\n");

        Result r = run("show", dir.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("OCC-PAYS-HLV");
        assertThat(r.err()).contains(bad + ":3:14: $.statut: invalid value 'ACTIF'; expected one of [");
    }

    @Test
    void prints_a_contract_back_as_json() {
        Result r = run("show", "--json", "src/main/resources" + SampleContracts.FOLDER + "000-arras-cua.json");

        assertThat(r.exit()).isZero();
        assertThat(ContractJson.parse(r.out())).isEqualTo(SampleContracts.read("000-arras-cua.json"));
    }

    @Test
    void a_missing_file_or_no_input_or_a_bad_option_is_an_input_error(@TempDir Path dir) {
        assertThat(run("show", dir.resolve("absent.json").toString()).exit()).isEqualTo(2);
        assertThat(run("show").exit()).isEqualTo(2);
        assertThat(run("show", "--nope").exit()).isEqualTo(2);
    }

    @Test
    void lists_the_rule_catalogue_in_french_and_in_english() {
        Result fr = run("rules");
        Result en = run("rules", "--lang", "en");

        assertThat(fr.exit()).isZero();
        assertThat(fr.out()).containsPattern("CLS-LEG-01 +ERROR +LAW +L'ARS est signataire du contrat")
                .containsPattern("\\d+ règles");
        assertThat(en.out()).contains("The ARS signs the contract").containsPattern("\\d+ rules");
    }
}
