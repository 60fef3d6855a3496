package io.github.cls4j.rules.json;

import static io.github.cls4j.core.json.JsonSchemaFile.components;
import static io.github.cls4j.core.json.JsonSchemaFile.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.json.JsonSchemaFile;
import io.github.cls4j.rules.ValidationReport;
import io.github.cls4j.rules.Validators;
import io.github.cls4j.rules.exemples.BundledCases;
import io.github.cls4j.rules.testing.RuleTestCase;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("A report's public JSON form conforms to its shipped schema, which describes exactly what ReportJson writes")
class ReportSchemaTest {

    private static final JsonSchemaFile SCHEMA = JsonSchemaFile.load(ReportJson.class, ReportJson.SCHEMA_RESOURCE);

    static Stream<RuleTestCase> cases() {
        return BundledCases.CASES.cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void the_report_of_every_bundled_case_conforms_with_and_without_explanations(RuleTestCase c) {
        ValidationReport plain = Validators.BUNDLED.validate(c.contrat(), c.context());
        ValidationReport explained = Validators.BUNDLED.validate(c.contrat(), c.context().withExplanations());

        assertThat(SCHEMA.errors(ReportJson.write(plain))).isEmpty();
        assertThat(SCHEMA.errors(ReportJson.write(explained))).isEmpty();
    }

    @Test
    void paths_are_texts_and_findings_keep_their_place() {
        JsonNode report = JsonMapper.shared().readTree(ReportJson.write(sansArs()));

        JsonNode finding = report.get("findings").valueStream()
                .filter(f -> f.get("ruleId").asString().equals("CLS-LEG-01")).findFirst().orElseThrow();
        assertThat(finding.get("path").isString()).isTrue();
        assertThat(finding.get("path").asString()).isEqualTo("signataires");
        assertThat(finding.get("severity").asString()).isEqualTo("ERROR");
        assertThat(finding.get("message").asString()).contains("ARS");
        assertThat(finding.get("reference").get("article").asString()).isNotBlank();
        assertThat(report.get("summary").get("ERROR").asInt()).isPositive();
    }

    @Test
    void the_schema_refuses_what_the_form_never_holds() {
        ValidationReport report = sansArs();
        String valid = ReportJson.write(report);

        assertThat(SCHEMA.errors(valid.replace("\"path\":\"signataires\"", "\"path\":{\"root\":false}"))).isNotEmpty();
        assertThat(SCHEMA.errors(valid.replace("\"severity\":\"ERROR\"", "\"severity\":\"FATAL\""))).isNotEmpty();
        assertThat(SCHEMA.errors(valid.replace("\"valid\":false,", ""))).singleElement().asString().contains("valid");
        assertThat(SCHEMA.errors(valid.replace("\"valid\":false,", "\"valid\":false,\"validity\":0,"))).isNotEmpty();
        assertThat(SCHEMA.errors(valid.replace("\"asOf\":\"" + report.asOf() + "\"", "\"asOf\":\"demain\""))).isNotEmpty();
    }

    @Test
    void each_definition_lists_exactly_the_components_of_its_record() {
        JsonNode schema = SCHEMA.tree();
        Map<String, Class<?>> records = Map.of("Finding", ReportDocument.Finding.class, "Reference", ReportDocument.Reference.class,
                "Waived", ReportDocument.Waived.class, "NotApplied", ReportDocument.NotApplied.class,
                "Explanation", ReportDocument.Explanation.class, "Fact", ReportDocument.Fact.class,
                "Value", ReportDocument.Value.class, "Data", ReportDocument.Data.class);

        assertThat(ReportDocument.class.getDeclaredClasses()).hasSameSizeAs(records.values());
        records.forEach((name, record) -> assertThat(names(schema.get("$defs").get(name).get("properties")))
                .as(name)
                .containsExactlyElementsOf(components(record)));
        // The command line adds where each report came from and the contract's title before the report.
        assertThat(names(schema.get("properties"))).containsExactlyElementsOf(
                Stream.concat(Stream.of("source", "title"), components(ReportDocument.class).stream()).toList());
        assertThat(schema.get("required").valueStream().map(JsonNode::asString).toList())
                .containsExactlyElementsOf(components(ReportDocument.class));
    }

    private static ValidationReport sansArs() {
        RuleTestCase c = BundledCases.CASES.cases().stream()
                .filter(t -> t.expectations().stream().anyMatch(e -> e.present() && e.ruleId().equals("CLS-LEG-01")))
                .findFirst().orElseThrow();
        return Validators.BUNDLED.validate(c.contrat(), c.context());
    }
}
