package io.github.cls4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.Contrats;
import io.github.cls4j.core.contrat.ContratLocalSante;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A validation inserts in working memory only the elements some pattern matches there (the others
 * are reached by {@code from}): a rule that matches an element directly still sees every one, and
 * finds what the same rule written from the root finds.
 */
@DisplayName("A rule matching the contract's elements directly sees every one, as one that walks from the root")
class DirectPatternsTest {

    private static final String HEADER = """
            package regles.directes;

            import io.github.cls4j.core.contrat.ContratLocalSante;
            import io.github.cls4j.core.strategie.AxeStrategique;
            import io.github.cls4j.core.strategie.Objectif;
            import io.github.cls4j.core.strategie.FicheAction;
            import io.github.cls4j.core.strategie.Indicateur;

            global io.github.cls4j.rules.facts.Findings findings;

            """;

    private static final String DIRECT = """
            rule "DIR-01 Chaque indicateur, directement"
                @id(DIR-01) @severity(INFO) @family(REGIONAL) @reference(CSP-L1434-10-IV)
            when
                $i : Indicateur()
            then
                findings.report($i, $i.code());
            end

            """;

    private static final String FROM_THE_ROOT = """
            rule "DIR-02 Chaque indicateur, depuis le contrat"
                @id(DIR-02) @severity(INFO) @family(REGIONAL) @reference(CSP-L1434-10-IV)
            when
                $c : ContratLocalSante()
                $a : AxeStrategique() from $c.axes
                $o : Objectif() from $a.objectifs
                $f : FicheAction() from $o.fichesAction
                $i : Indicateur() from $f.indicateurs
            then
                findings.report($i, $i.code());
            end

            """;

    private static final String MESSAGES = "DIR-01.message=indicateur {0}\nDIR-02.message=indicateur {0}\n";
    private static final String MESSAGES_EN = "DIR-01.title=Direct\nDIR-01.message=indicator {0}\nDIR-02.title=From the root\n"
            + "DIR-02.message=indicator {0}\n";

    @TempDir
    Path folder;

    @Test
    void both_rules_report_every_indicator_at_its_path() {
        new RuleFolder(folder).rules("regles/directes/directes.drl", HEADER + DIRECT + FROM_THE_ROOT, MESSAGES, MESSAGES_EN);
        ContractValidator validator = ContractValidator.builder().rules(folder).warmUp(false).build();
        ContratLocalSante contrat = Contrats.complet();

        ValidationReport report = validator.validate(contrat);

        long indicators = contrat.axes().stream().flatMap(a -> a.objectifs().stream()).flatMap(o -> o.fichesAction().stream())
                .mapToLong(f -> f.indicateurs().size()).sum();
        assertThat(indicators).isPositive();
        assertThat(report.findings("DIR-01")).hasSize((int) indicators);
        assertThat(report.findings("DIR-01")).extracting(Finding::path)
                .containsExactlyInAnyOrderElementsOf(report.findings("DIR-02").stream().map(Finding::path).toList());
        assertThat(report.findings("DIR-01")).extracting(Finding::message)
                .containsExactlyInAnyOrderElementsOf(report.findings("DIR-02").stream().map(Finding::message).toList());
    }
}
