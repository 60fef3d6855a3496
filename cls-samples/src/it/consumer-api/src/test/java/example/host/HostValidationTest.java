package example.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.Finding;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.rules.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an ARS system does with cls4j: read a contract, validate it, read the report. */
class HostValidationTest {

    @Test
    void validates_a_contract_through_the_public_api() throws Exception {
        ContratLocalSante contrat = ContractJson.read(Path.of(System.getProperty("contract.file")));
        ContractValidator validator = ContractValidator.builder().build();

        ValidationReport report = validator.validate(contrat, ValidationContext.asOf(LocalDate.of(2026, 11, 23)));

        assertTrue(validator.catalog().size() > 70, "the bundled rules are all loaded: " + validator.catalog().size());
        assertEquals("hauts-de-france", report.profile());
        assertFalse(report.isValid());
        List<String> errors = report.errors().stream().map(Finding::ruleId).toList();
        assertEquals(List.of("CLS-LEG-03"), errors);
        assertEquals("voletSanteMentale", report.errors().get(0).path().toString());
        assertTrue(report.errors().get(0).message().startsWith("Le contrat"), report.errors().get(0).message());
    }

    @Test
    void the_readme_example_prints_each_finding_and_each_unreadable_file() throws Exception {
        Path misspelt = Files.createTempFile("contrat", ".json");
        Files.writeString(misspelt, "{\"schemaVersion\": \"1.0\", \"signatairs\": []}");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            ValidateContract.main(new String[] {System.getProperty("contract.file"), misspelt.toString()});
        } finally {
            System.setOut(out);
        }

        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).endsWith(" : non conforme"), lines.get(0));
        assertTrue(lines.get(1).startsWith("  ERROR CLS-LEG-03 voletSanteMentale Le contrat"), lines.get(1));
        assertEquals(misspelt + ":1:26: $.signatairs : propriété inconnue « signatairs »", lines.get(lines.size() - 1).split(" ; ")[0]);
    }
}
