package io.github.cls4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import io.github.cls4j.rules.exemples.BundledCases;
import io.github.cls4j.rules.internal.load.WarmUp;
import io.github.cls4j.rules.json.ReportJson;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Building a validator validates a built-in contract once, unless told not to, and changes no report")
class WarmUpTest {

    /** Fails in its consequence on every contract: each validation it runs in says so in the log. */
    private static final String FAILING = """
            package regles.amorcage;

            import io.github.cls4j.core.contrat.ContratLocalSante;

            global io.github.cls4j.rules.facts.Findings findings;

            rule "AMORCE-01 Échoue sur tout contrat"
                @id(AMORCE-01) @severity(INFO) @family(REGIONAL) @reference(CSP-L1434-10-IV)
            when
                $contrat : ContratLocalSante()
            then
                findings.report($contrat, Integer.parseInt("pas un nombre"));
            end
            """;

    @RegisterExtension
    final LogCapture log = new LogCapture();

    @TempDir
    Path folder;

    @Test
    void build_validates_the_warm_up_contract_once_and_not_when_told_not_to() {
        new RuleFolder(folder).rules("regles/amorcage/amorcage.drl", FAILING, "AMORCE-01.message=jamais écrit {0}\n",
                "AMORCE-01.title=Fails\nAMORCE-01.message=never written {0}\n");

        ContractValidator.builder().additionalRules(folder).build();
        assertThat(log.atLeast(Level.WARN)).singleElement().asString().contains("AMORCE-01").contains(WarmUp.ID);

        log.clear();
        ContractValidator.builder().additionalRules(folder).warmUp(false).build();
        assertThat(log.atLeast(Level.WARN)).isEmpty();
    }

    @Test
    void the_warm_up_contract_is_a_conforming_contract_of_the_bundled_rules() {
        ValidationReport report = ContractValidator.builder().warmUp(false).build().validate(WarmUp.contract(), WarmUp.context());

        assertThat(report.contractId()).isEqualTo(WarmUp.ID);
        assertThat(report.isComplete()).isTrue();
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void a_warmed_up_validator_gives_the_reports_of_one_that_was_not() {
        ContractValidator cold = ContractValidator.builder().warmUp(false).build();

        BundledCases.CASES.cases().forEach(c -> assertThat(ReportJson.write(Validators.BUNDLED.validate(c.contrat(), c.context())))
                .as(c.toString())
                .isEqualTo(ReportJson.write(cold.validate(c.contrat(), c.context()))));
    }
}
