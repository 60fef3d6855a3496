package io.github.cls4j.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.cli.Cli;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.samples.SampleContracts;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Control characters in a contract's texts reach the terminal escaped (docs/reliability.md). */
@DisplayName("A contract's texts cannot drive the terminal that shows its report")
class TerminalInjectionTest {

    private static final String HOSTILE = "CLS \u001B[2J\u001B]0;titre-volé\u0007 \u202Eesrever";

    @TempDir
    Path dir;

    @Test
    void the_text_report_and_the_outline_show_control_characters_escaped() {
        ContratLocalSante contrat = SampleContracts.read("000-arras-cua.json").toBuilder().intitule(HOSTILE).build();
        Path file = dir.resolve("c.json");
        ContractJson.write(contrat, file);

        String report = Cli.run("validate", file.toString()).out();
        String outline = Cli.run("show", file.toString()).out();

        for (String out : new String[] {report, outline}) {
            assertThat(out).doesNotContain("\u001B", "\u0007", "\u202E").contains("CLS \\u001B[2J\\u001B]0;titre-volé\\u0007 \\u202Eesrever");
        }
    }
}
