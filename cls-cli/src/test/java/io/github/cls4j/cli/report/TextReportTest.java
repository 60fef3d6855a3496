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

@DisplayName("The text report: colour on a terminal only")
class TextReportTest {

    private static final String NAME = "000-arras-cua--sans-volet-sante-mentale.json";

    private static String write(boolean colour) {
        ContratLocalSante contrat = SampleContracts.read(NAME);
        Outcome outcome = new Outcome.Validated(NAME, contrat,
                ContractValidator.builder().build().validate(contrat, ValidationContext.defaults()));
        StringWriter text = new StringWriter();
        new TextReport(colour).write(List.of(outcome), Labels.of(Locale.FRENCH), new PrintWriter(text));
        return text.toString();
    }

    @Test
    void on_a_terminal_severities_and_verdict_are_coloured() {
        String coloured = write(true);

        assertThat(coloured).contains("\u001B[31mERREUR       \u001B[0m  CLS-LEG-03", "\u001B[33mAVERTISSEMENT\u001B[0m",
                "\u001B[1m\u001B[31mNON CONFORME\u001B[0m");
    }

    @Test
    void elsewhere_the_same_text_without_colour() {
        String plain = write(false);

        assertThat(plain).doesNotContain("\u001B").contains("  ERREUR         CLS-LEG-03", "NON CONFORME : 1 erreur");
        assertThat(write(true).replaceAll("\u001B\\[\\d+m", "")).isEqualTo(plain);
    }
}
