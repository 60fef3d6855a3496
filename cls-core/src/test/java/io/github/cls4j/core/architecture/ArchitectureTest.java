package io.github.cls4j.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.github.cls4j.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_model_depends_on_no_rule_engine = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..", "org.mvel2..")
            .because("cls-core is the pure domain model: rules live in cls-rules");

    @ArchTest
    static final ArchRule the_records_see_only_jackson_annotations = noClasses()
            .that().resideOutsideOfPackage("io.github.cls4j.core.json..")
            .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..")
            .because("domain types carry only com.fasterxml.jackson.annotation; the format lives in the json package");

    @ArchTest
    static final ArchRule the_model_never_reads_a_validation_provider = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..")
            .because("the host chooses its Bean Validation provider");

    @ArchTest
    static final ArchRule packages_have_no_cycles = slices()
            .matching("io.github.cls4j.core.(*)..").should().beFreeOfCycles();
}
