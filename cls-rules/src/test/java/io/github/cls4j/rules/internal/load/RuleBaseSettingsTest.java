package io.github.cls4j.rules.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.rules.internal.data.SourceFiles;
import io.github.cls4j.rules.internal.engine.RuleFailureHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.drools.core.RuleBaseConfiguration;
import org.drools.core.impl.InternalRuleBase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.kie.api.conf.KieBaseMutabilityOption;

/** Both kinds of rule base are built with the settings of {@code RuleBaseSettings}. */
@DisplayName("Every rule base is immutable once built and records the consequences that throw")
class RuleBaseSettingsTest {

    @Test
    @DisplayName("the bundled rule base")
    void bundled() {
        assertSettings(BundledModel.load());
    }

    @Test
    @DisplayName("a rule author's folder")
    void folder(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("regles.drl"), """
                package regles.locales;

                import io.github.cls4j.core.contrat.ContratLocalSante;

                rule "Toujours"
                when
                    ContratLocalSante()
                then
                end
                """);
        assertSettings(DrlFolder.compile(folder, SourceFiles.read(List.of(folder), List.of())).kieBase());
    }

    private static void assertSettings(KieBase kieBase) {
        RuleBaseConfiguration configuration = ((InternalRuleBase) kieBase).getRuleBaseConfiguration();
        // Immutable: each session keeps its facts in one identity map (issue 23, tenth step).
        assertThat(configuration.getOption(KieBaseMutabilityOption.KEY).isMutabilityEnabled()).isFalse();
        assertThat(configuration.getConsequenceExceptionHandler()).isEqualTo(RuleFailureHandler.class.getName());
    }
}
