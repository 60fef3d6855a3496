package io.github.cls4j.cli.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The command line uses cls4j as any host would: through the public API only. */
@AnalyzeClasses(packages = "io.github.cls4j.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class HostTest {

    @ArchTest
    static final ArchRule the_command_line_validates_through_the_public_api_only = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..", "org.mvel2..", "io.github.cls4j..internal..")
            .because("what the command line does, a host can do with the API of cls-rules");
}
