package io.github.cls4j.cli.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The command line's packages by role, each using only those below it: a command strings options,
 * reports and output together; an option chooses a report's writer; a portfolio report borrows the
 * contract report's JSON shapes; and output, at the bottom, knows none of them.
 */
@AnalyzeClasses(packages = "io.github.cls4j.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class PackagesTest {

    @ArchTest
    static final ArchRule the_packages_form_no_cycle = slices().matching("io.github.cls4j.cli.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule each_package_uses_only_those_below_it = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("command").definedBy("io.github.cls4j.cli.command..")
            .layer("option").definedBy("io.github.cls4j.cli.option..")
            .layer("portfolio").definedBy("io.github.cls4j.cli.portfolio..")
            .layer("report").definedBy("io.github.cls4j.cli.report..")
            .layer("output").definedBy("io.github.cls4j.cli.output..")
            .whereLayer("command").mayNotBeAccessedByAnyLayer()
            .whereLayer("option").mayOnlyBeAccessedByLayers("command")
            .whereLayer("portfolio").mayOnlyBeAccessedByLayers("command", "option")
            .whereLayer("report").mayOnlyBeAccessedByLayers("command", "option", "portfolio")
            .whereLayer("output").mayOnlyBeAccessedByLayers("command", "option", "portfolio", "report");
}
