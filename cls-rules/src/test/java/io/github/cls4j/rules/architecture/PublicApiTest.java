package io.github.cls4j.rules.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * What a host sees of cls-rules: the public types of its API packages ({@value #API}, {@value #JSON}
 * for a report's public JSON form, and {@value #FACTS} for rule authors) and their public members. None of them may make a host import
 * Drools, or a type of an internal package. (The classes Drools generates from the DRL, in the
 * rules' own packages, are not API.)
 */
@AnalyzeClasses(packages = "io.github.cls4j.rules", importOptions = ImportOption.DoNotIncludeTests.class)
class PublicApiTest {

    private static final String API = "io.github.cls4j.rules";
    private static final String FACTS = "io.github.cls4j.rules.facts";
    private static final String JSON = "io.github.cls4j.rules.json";

    /** Types a host must never have to name: Drools, KIE, and the internal packages of cls4j. */
    private static final DescribedPredicate<JavaClass> HIDDEN = new DescribedPredicate<>("a Drools, KIE or internal type") {
        @Override
        public boolean test(JavaClass type) {
            String name = type.getName();
            return name.startsWith("org.kie.") || name.startsWith("org.drools.") || name.startsWith("org.mvel2.")
                    || name.contains(".internal.") && name.startsWith("io.github.cls4j.");
        }
    };

    private static final DescribedPredicate<JavaClass> API_TYPE = new DescribedPredicate<>("a public type of an API package") {
        @Override
        public boolean test(JavaClass type) {
            return type.getModifiers().contains(JavaModifier.PUBLIC)
                    && List.of(API, JSON, FACTS).contains(type.getPackageName());
        }
    };

    private static ArchCondition<JavaCodeUnit> involveNoHiddenType() {
        return new ArchCondition<>("involve no Drools, KIE or internal type in their signature") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                List<JavaType> types = new ArrayList<>(unit.getParameterTypes());
                types.add(unit.getReturnType());
                types.addAll(unit.getThrowsClause().getTypes());
                report(unit.getFullName(), types, events);
            }
        };
    }

    private static ArchCondition<JavaField> haveNoHiddenType() {
        return new ArchCondition<>("have no Drools, KIE or internal type") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                report(field.getFullName(), List.of(field.getType()), events);
            }
        };
    }

    private static void report(String member, List<JavaType> types, ConditionEvents events) {
        for (JavaType type : types) {
            for (JavaClass involved : type.getAllInvolvedRawTypes()) {
                if (HIDDEN.test(involved)) {
                    events.add(SimpleConditionEvent.violated(member, member + " exposes " + involved.getName()));
                }
            }
        }
    }

    @ArchTest
    static final ArchRule public_methods_and_constructors_expose_no_drools_or_internal_type = codeUnits()
            .that().arePublic().and().areDeclaredInClassesThat(API_TYPE)
            .should(involveNoHiddenType())
            .because("a host validates contracts without importing org.kie, org.drools or an internal package");

    @ArchTest
    static final ArchRule public_fields_expose_no_drools_or_internal_type = fields()
            .that().arePublic().and().areDeclaredInClassesThat(API_TYPE)
            .should(haveNoHiddenType())
            .because("a host validates contracts without importing org.kie, org.drools or an internal package");

    @ArchTest
    static final ArchRule api_types_extend_and_implement_no_drools_or_internal_type = classes()
            .that(API_TYPE)
            .should().notBeAssignableTo(DescribedPredicate.describe("a Drools, KIE or internal type",
                    (JavaClass c) -> HIDDEN.test(c) && !c.isEquivalentTo(Object.class)))
            .because("a host's code that holds an API type must not need Drools on its compile class path");

    @ArchTest
    static final ArchRule the_host_entry_points_are_in_the_api_package = classes()
            .that().haveSimpleNameEndingWith("Validator").or().haveSimpleNameEndingWith("Report")
            .or().haveSimpleNameEndingWith("Context").or().haveSimpleNameEndingWith("Exception")
            .and().arePublic().and().areTopLevelClasses()
            .should().resideInAnyPackage("io.github.cls4j.rules", "io.github.cls4j.rules.portfolio")
            .because("a host imports io.github.cls4j.rules.* to validate contracts, and io.github.cls4j.rules.portfolio.* to"
                    + " measure a region's portfolio, and nothing else");

    @ArchTest
    static final ArchRule the_facts_of_rule_authors_need_no_engine_internals = noClasses()
            .that().resideInAPackage(FACTS)
            .should().dependOnClassesThat().resideInAnyPackage("..internal..", "org.kie..", "org.drools..")
            .because("the facts are what DRL rules see; they are plain records and helpers");
}
