package io.github.cls4j.rules.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.github.cls4j.rules.ContractValidator;

/**
 * The layers of cls-rules, which depend one way: the internals from {@code data} up to
 * {@code load}, then the API, which only {@code ContractValidator} connects to them, then the
 * portfolio, which uses the API as a host does. No cycle between any two packages.
 */
@AnalyzeClasses(packages = "io.github.cls4j.rules", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

    private static final String INTERNAL = "io.github.cls4j.rules.internal.";

    @ArchTest
    static final ArchRule the_internals_depend_one_way = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("data").definedBy(INTERNAL + "data..")
            .layer("text").definedBy(INTERNAL + "text..")
            .layer("rule").definedBy(INTERNAL + "rule..")
            .layer("structure").definedBy(INTERNAL + "structure..")
            .layer("engine").definedBy(INTERNAL + "engine..")
            .layer("load").definedBy(INTERNAL + "load..")
            .layer("api").definedBy("io.github.cls4j.rules")
            .layer("facts").definedBy("io.github.cls4j.rules.facts..")
            .layer("portfolio").definedBy("io.github.cls4j.rules.portfolio..")
            .layer("testing").definedBy("io.github.cls4j.rules.testing..")
            .layer("json").definedBy("io.github.cls4j.rules.json..")
            .whereLayer("load").mayOnlyBeAccessedByLayers("api")
            .whereLayer("engine").mayOnlyBeAccessedByLayers("load", "api")
            .whereLayer("structure").mayOnlyBeAccessedByLayers("engine", "load")
            .whereLayer("rule").mayOnlyBeAccessedByLayers("engine", "load")
            .whereLayer("text").mayOnlyBeAccessedByLayers("rule", "engine", "load", "testing")
            .whereLayer("data").mayOnlyBeAccessedByLayers("text", "engine", "load", "testing")
            .whereLayer("portfolio").mayNotBeAccessedByAnyLayer()
            .whereLayer("testing").mayNotBeAccessedByAnyLayer()
            .whereLayer("json").mayNotBeAccessedByAnyLayer()
            .because("each part of the internals is read from the bottom up, and changing one touches only those above it");

    @ArchTest
    static final ArchRule only_the_validator_reaches_the_internals = noClasses()
            .that().resideInAPackage("io.github.cls4j.rules").and().doNotBelongToAnyOf(ContractValidator.class)
            .should().dependOnClassesThat().resideInAPackage("..internal..")
            .because("the API types are plain records and interfaces; ContractValidator is the one door to the engine");

    @ArchTest
    static final ArchRule the_portfolio_uses_the_api_only = noClasses()
            .that().resideInAPackage("io.github.cls4j.rules.portfolio..")
            .should().dependOnClassesThat().resideInAPackage("..internal..")
            .because("the portfolio measures contracts as a host would, through ContractValidator");

    @ArchTest
    static final ArchRule the_json_form_uses_the_api_only = noClasses()
            .that().resideInAPackage("io.github.cls4j.rules.json..")
            .should().dependOnClassesThat().resideInAPackage("..internal..")
            .because("a report's public form is made from what a host holds, a ValidationReport, and nothing else");

    @ArchTest
    static final ArchRule no_package_cycle = slices().matching("io.github.cls4j.rules.(**)").should().beFreeOfCycles();
}
