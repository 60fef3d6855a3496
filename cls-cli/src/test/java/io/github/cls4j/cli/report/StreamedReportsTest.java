package io.github.cls4j.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.samples.SampleContracts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Text and JSON reports write each contract as it comes, so that a batch holds one at a time; HTML keeps them for its summary. */
@DisplayName("Reports are written contract by contract")
class StreamedReportsTest {

    private static final Labels FRENCH = Labels.of(Locale.FRENCH);

    private static Outcome outcome(String source) {
        ContratLocalSante arras = SampleContracts.read("000-arras-cua--sans-volet-sante-mentale.json");
        return new Outcome.Validated(source, arras, ContractValidator.builder().build().validate(arras, ValidationContext.defaults()));
    }

    @Test
    void the_text_report_writes_a_contract_when_it_is_given_and_the_total_at_the_end() {
        StringWriter text = new StringWriter();
        ReportWriter.Sink report = new TextReport(false, false).start(FRENCH, new PrintWriter(text));

        report.add(outcome("premier.json"));
        String afterFirst = text.toString();
        report.add(outcome("second.json"));
        report.end();

        assertThat(afterFirst).startsWith("premier.json — ").doesNotContain("second.json").doesNotContain("2 contrats");
        assertThat(text.toString()).contains("second.json — ").endsWith("2 contrats : 0 conforme(s), 2 non conforme(s), 0 inutilisable(s)"
                + System.lineSeparator());
    }

    @Test
    void the_json_report_writes_its_entries_as_they_come() {
        StringWriter json = new StringWriter();
        ReportWriter.Sink report = new JsonReport().start(FRENCH, new PrintWriter(json));

        for (String source : List.of("a.json", "b.json", "c.json")) {
            report.add(outcome(source));
        }
        String beforeTheEnd = json.toString();
        report.end();

        // The writer buffers a few kilobytes: the first entries are out before the array is closed.
        assertThat(beforeTheEnd).startsWith("[").contains("\"source\" : \"a.json\"").doesNotEndWith("]");
        assertThat(json.toString().strip()).endsWith("]").contains("\"source\" : \"c.json\"");
    }

    @Test
    void the_html_report_keeps_the_contracts_for_its_summary_at_the_top() {
        StringWriter html = new StringWriter();
        ReportWriter.Sink report = new HtmlReport().start(FRENCH, new PrintWriter(html));

        report.add(outcome("a.json"));
        String beforeTheEnd = html.toString();
        report.end();

        assertThat(beforeTheEnd).isEmpty();
        assertThat(html.toString().indexOf("id=\"synthese\"")).isPositive().isLessThan(html.toString().indexOf("<article"));
    }
}
