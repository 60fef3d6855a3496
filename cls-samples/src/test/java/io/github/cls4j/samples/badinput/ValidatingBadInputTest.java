package io.github.cls4j.samples.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.Finding;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.samples.ExpectedReport;
import io.github.cls4j.samples.SampleContracts;
import io.github.cls4j.samples.badinput.BadInputs.Case;
import io.github.cls4j.samples.badinput.BadInputs.Layer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Each bad input that reads gets from the validator exactly the findings the manifest expects beside its base's")
class ValidatingBadInputTest {

    private static final ContractValidator VALIDATOR = ContractValidator.builder().build();
    private static final ValidationContext CONTEXT = ValidationContext.asOf(BadInputs.manifest().asOf());

    static List<Case> readable() {
        return BadInputs.cases(Layer.VALIDATE, Layer.ACCEPTED);
    }

    static List<Case> reported() {
        return BadInputs.cases(Layer.VALIDATE);
    }

    /** The contract of a case; none that reads is generated. */
    static ContratLocalSante read(Case c) {
        return ContractJson.read(BadInputs.FOLDER.resolve(c.file()));
    }

    /** The findings as the manifest writes them: {@code SEVERITY RULE-ID path}. */
    private static List<String> findings(ContratLocalSante contrat) {
        return VALIDATOR.validate(contrat, CONTEXT).findings().stream().map(ExpectedReport::line).toList();
    }

    /** What {@code from} holds beyond {@code other}, each finding counted as many times as it is reported. */
    private static List<String> minus(List<String> from, List<String> other) {
        List<String> rest = new ArrayList<>(from);
        other.forEach(rest::remove);
        return rest;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readable")
    void each_gives_exactly_the_findings_expected_beside_those_of_its_base(Case c) {
        List<String> base = findings(SampleContracts.read(c.base()));

        List<String> actual = findings(read(c));

        assertThat(minus(actual, base)).as("findings that %s does not have", c.base()).containsExactlyInAnyOrderElementsOf(c.findings());
        assertThat(minus(base, actual)).as("findings of %s that are gone", c.base()).containsExactlyInAnyOrderElementsOf(c.gone());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reported")
    void each_finding_it_adds_is_written_in_french_and_in_english(Case c) {
        ContratLocalSante contrat = read(c);
        List<Finding> french = VALIDATOR.validate(contrat, CONTEXT.withLocale(Locale.FRENCH)).findings();
        List<Finding> english = VALIDATOR.validate(contrat, CONTEXT.withLocale(Locale.ENGLISH)).findings();

        assertThat(english).hasSameSizeAs(french);
        for (int i = 0; i < french.size(); i++) {
            Finding fr = french.get(i);
            Finding en = english.get(i);
            assertThat(ExpectedReport.line(en)).isEqualTo(ExpectedReport.line(fr));
            if (c.findings().contains(ExpectedReport.line(fr))) {
                assertThat(fr.message()).as("French message of %s", ExpectedReport.line(fr)).isNotBlank();
                assertThat(en.message()).as("English message of %s", ExpectedReport.line(en)).isNotBlank()
                        .isNotEqualTo(fr.message());
            }
        }
    }
}
