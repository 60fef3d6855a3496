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
import tools.jackson.databind.json.JsonMapper;

/**
 * What the command line says of an input, an option or a folder it cannot use, with {@code --lang
 * en}: the same messages as in French (the other tests check those), in English.
 */
@DisplayName("With --lang en, what cls says of what it cannot use is English")
class EnglishMessagesTest {

    private static final String AS_OF = "2026-11-23";
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    @Test
    void no_contract_asked_for() {
        Cli.Result validate = Cli.run("validate", "--lang", "en");
        Cli.Result portfolio = Cli.run("portfolio", "--lang", "en", "--as-of", AS_OF);

        assertThat(validate.exit()).isEqualTo(2);
        assertThat(validate.err()).isEqualTo("No contract: give files or folders, or --samples." + NL);
        assertThat(portfolio.err()).isEqualTo(validate.err());
    }

    @Test
    void a_missing_file_a_truncated_one_and_a_folder_without_contracts() throws Exception {
        Path missing = dir.resolve("absent.json");
        Path truncated = dir.resolve("tronque.json");
        Files.writeString(truncated, "{\n  \"schemaVersion\" : \"1.0\",\n  \"id\" : \"X\"\n");
        Path empty = Files.createDirectories(dir.resolve("vide"));

        Cli.Result r = Cli.run("validate", "--lang", "en", missing.toString(), truncated.toString(), empty.toString());
        Cli.Result json = Cli.run("validate", "--lang", "en", "--format", "json", empty.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(missing + ": no such file" + NL
                + truncated + ":4:1: $.id: the document stops before its end (a truncated file?); expected the rest of the document,"
                + " up to the brace that closes the contract" + NL
                + empty + ": no *.json file in this folder" + NL);
        assertThat(r.out()).contains("3 contracts: 0 valid, 0 not valid, 3 unusable");
        assertThat(JsonMapper.builder().build().readTree(json.out()).get(0).get("error").asString())
                .isEqualTo(empty + ": no *.json file in this folder");
    }

    @Test
    void an_unknown_profile() {
        Cli.Result validate = Cli.run("validate", "--lang", "en", "--samples", "--profile", "bretagne");
        Cli.Result rules = Cli.run("rules", "--lang", "en", "--profile", "bretagne");

        assertThat(validate.exit()).isEqualTo(2);
        assertThat(validate.err()).startsWith("Unknown profile: bretagne; the profiles are auvergne-rhone-alpes, hauts-de-france, ");
        assertThat(rules.err()).isEqualTo(validate.err());
    }

    @Test
    void folders_of_rules_or_data_that_are_not_there_or_hold_no_data() {
        Path absent = dir.resolve("absent");

        Cli.Result r = Cli.run("validate", "--lang", "en", "--rules", absent.toString(), "--additional-rules", absent.toString(),
                "--data", absent.toString(), "--samples");
        Cli.Result empty = Cli.run("portfolio", "--lang", "en", "--as-of", AS_OF, "--data", dir.toString(), "--samples");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("--rules " + absent + ": no such folder" + NL + "--additional-rules " + absent + ": no such folder" + NL
                + "--data " + absent + ": no such folder" + NL);
        assertThat(empty.err()).isEqualTo("--data " + dir + ": this folder holds neither prs.json (the reference data of the PRS)"
                + " nor territoires.json (the territorial data of a portfolio)" + NL);
    }

    @Test
    void bad_territorial_data_and_a_contract_without_a_region() throws Exception {
        Path data = Files.createDirectories(dir.resolve("mauvaises"));
        Files.writeString(data.resolve("territoires.json"), "{\"communes\": [{\"code\": \"ABC\"}]}");
        Path nowhere = dir.resolve("sans-region.json");
        ContractJson.write(SampleContracts.read("001-hdf-guide-elus.json").toBuilder().id("SANS-REGION").region(null).build(), nowhere);

        Cli.Result bad = Cli.run("portfolio", "--lang", "en", "--data", data.toString(), "--as-of", AS_OF, "--samples");
        Cli.Result leftOut = Cli.run("portfolio", "--lang", "en", "--as-of", AS_OF, nowhere.toString());

        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).startsWith("--data: unusable territorial data: " + data.resolve("territoires.json"));
        assertThat(leftOut.exit()).isEqualTo(2);
        assertThat(leftOut.err()).isEqualTo(nowhere + " — SANS-REGION: left out of the portfolio, its region is not recognised" + NL);
    }

    @Test
    void a_report_that_cannot_be_written() {
        Path nowhere = dir.resolve("absent").resolve("rapport.txt");

        Cli.Result r = Cli.run("validate", "--lang", "en", "--samples", "-o", nowhere.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("Cannot write " + nowhere + ": ");
    }
}
