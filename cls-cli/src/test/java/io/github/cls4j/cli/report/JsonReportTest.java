package io.github.cls4j.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.cli.Cli;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.core.json.JsonSchemaFile;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.rules.json.ReportJson;
import io.github.cls4j.samples.SampleContracts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("cls validate --format json writes each report in the library's public form, as a host gets it from ReportJson")
class JsonReportTest {

    private static final String AS_OF = "2026-11-23";
    private static final JsonSchemaFile SCHEMA = JsonSchemaFile.load(ReportJson.class, ReportJson.SCHEMA_RESOURCE);

    @TempDir
    Path dir;

    @Test
    void every_sample_gives_an_entry_that_conforms_and_equals_the_library_s_report() {
        List<String> files = new ArrayList<>(List.of("validate", "--format", "json", "--explain", "--as-of", AS_OF));
        for (String sample : SampleContracts.names()) {
            Path file = dir.resolve(sample);
            ContractJson.write(SampleContracts.read(sample), file);
            files.add(file.toString());
        }
        JsonNode entries = JsonMapper.shared().readTree(Cli.run(files.toArray(String[]::new)).out());
        ContractValidator validator = ContractValidator.builder().build();

        assertThat(entries.size()).isEqualTo(SampleContracts.names().size());
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String sample = SampleContracts.names().get(i);
            assertThat(SCHEMA.errors(entry.toString())).as(sample).isEmpty();
            assertThat(entry.get("title").asString()).isEqualTo(SampleContracts.read(sample).intitule());

            ObjectNode report = (ObjectNode) entry.deepCopy();
            report.remove(List.of("source", "title"));
            String library = ReportJson.write(validator.validate(SampleContracts.read(sample),
                    ValidationContext.asOf(LocalDate.parse(AS_OF)).withExplanations()));
            assertThat(report).as(sample).isEqualTo(JsonMapper.shared().readTree(library));
        }
    }
}
