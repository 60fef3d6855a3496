package io.github.cls4j.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.path.ElementPath;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.Finding;
import io.github.cls4j.rules.Severity;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.rules.ValidationReport;
import io.github.cls4j.samples.SampleContracts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The text report: each finding in one sentence, errors first, colour on a terminal only")
class TextReportTest {

    private static final String NAME = "000-arras-cua--sans-volet-sante-mentale.json";

    private static String write(boolean colour) {
        ContratLocalSante contrat = SampleContracts.read(NAME);
        Outcome outcome = new Outcome.Validated(NAME, contrat,
                ContractValidator.builder().build().validate(contrat, ValidationContext.defaults()));
        StringWriter text = new StringWriter();
        new TextReport(colour, false).write(List.of(outcome), Labels.of(Locale.FRENCH), new PrintWriter(text));
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

    @Test
    void each_finding_is_one_sentence_naming_its_element_in_words_errors_first() {
        List<String> findings = write(false).lines().filter(l -> l.matches("  (ERREUR|AVERTISSEMENT|INFO) .*")).toList();

        assertThat(findings.get(0)).startsWith("  ERREUR").contains("CLS-LEG-03  voletSanteMentale").endsWith("  Volet santé mentale : Le contrat ne comporte pas"
                + " de volet consacré à la santé mentale (ni volet, ni axe, objectif ou fiche de santé mentale, ni CLSM lié), obligatoire"
                + " pour les contrats conclus depuis le 23 février 2022.");
        assertThat(findings).anySatisfy(l -> assertThat(l).contains("CLS-ACT-03", "Fiche action FA-1.1.1 « Accueillir les étudiants et"
                + " internes en santé sur le territoire » : La fiche action FA-1.1.1 n'a pas"));
        // The contract itself is named by the report's heading: its findings say their message alone.
        assertThat(findings).anySatisfy(l -> assertThat(l).containsPattern("CLS-TER-01 +articulations +Le territoire compte"));
        assertThat(findings.stream().map(l -> l.trim().split(" ")[0]).distinct()).containsExactly("ERREUR", "AVERTISSEMENT", "INFO");
    }

    @Test
    void a_rule_reporting_on_many_elements_shows_its_first_findings_then_how_many_more() {
        ContratLocalSante contrat = SampleContracts.read(NAME);
        ValidationReport report = ContractValidator.builder().build().validate(contrat, ValidationContext.defaults());
        Finding first = report.findings().get(0);
        List<Finding> many = new ArrayList<>(report.findings());
        for (int i = 0; i < 25; i++) {
            many.add(new Finding("CLS-TEST-01", Severity.INFO, ElementPath.root().item("axes", i), "constat " + i, "CLS-TEST-01.message",
                    List.of(), first.reference(), first.validity()));
        }
        ValidationReport crowded = new ValidationReport(report.contractId(), report.profile(), report.ruleSetVersion(), report.asOf(),
                report.legalDate(), many, report.waived(), report.failures(), report.notApplied());
        StringWriter text = new StringWriter();
        new TextReport(false, false).write(List.of(new Outcome.Validated(NAME, contrat, crowded)), Labels.of(Locale.FRENCH), new PrintWriter(text));

        assertThat(text.toString().lines().filter(l -> l.contains("CLS-TEST-01  "))).hasSize(ShownFindings.PER_RULE);
        assertThat(text.toString()).contains("  … et 5 autres constats CLS-TEST-01, non montrés ici : le rapport JSON (--format json) les donne"
                + " tous.").contains(first.message());
    }
}
