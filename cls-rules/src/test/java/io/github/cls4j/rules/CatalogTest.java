package io.github.cls4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.rules.internal.rule.DrlSources;
import io.github.cls4j.rules.internal.structure.StructuralCheck;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The catalogue describes every rule: id, title in both languages, family, severity, reference, validity")
class CatalogTest {

    private final RuleCatalog french = Validators.BUNDLED.catalog();
    private final RuleCatalog english = Validators.BUNDLED.catalog(Locale.ENGLISH);

    @Test
    void the_catalogue_holds_at_least_forty_drools_rules_in_every_family_with_their_metadata() {
        assertThat(french.rules()).filteredOn(r -> !r.id().startsWith("CLS-STRUCT-")).hasSizeGreaterThanOrEqualTo(40);
        assertThat(french.rules()).extracting(RuleDescription::family).contains(RuleFamily.values());
        assertThat(french.ids()).contains("CLS-LEG-01", "CLS-LEG-02", "CLS-LEG-03", "CLS-LEG-04", "CLS-COH-01", "CLS-COH-02");
        RuleDescription volet = french.rule("CLS-LEG-03").orElseThrow();
        assertThat(volet.title()).isEqualTo("Le contrat comporte un volet consacré à la santé mentale");
        assertThat(volet.family()).isEqualTo(RuleFamily.LAW);
        assertThat(volet.defaultSeverity()).isEqualTo(Severity.ERROR);
        assertThat(volet.validity()).isEqualTo(new Validity(LocalDate.of(2022, 2, 23), null));
        assertThat(volet.reference().url()).hasToString("https://www.legifrance.gouv.fr/eli/loi/2022/2/21/2022-217/jo/texte");
        assertThat(volet.source()).isEqualTo("loi/sante_mentale.drl");
        assertThat(volet.profiles()).contains("national", "hauts-de-france");
        assertThat(french.rule("CLS-LEG-04").orElseThrow().validity()).isEqualTo(new Validity(null, LocalDate.of(2022, 2, 22)));
    }

    /** The folder of each id prefix: the id tells a reader where the rule is written (CONTRIBUTING.md lists them). */
    private static final Map<String, String> FOLDER_OF_PREFIX = Map.ofEntries(
            Map.entry("LEG", "loi/"), Map.entry("PRS", "prs/"), Map.entry("STR", "structure/"), Map.entry("CYC", "cycle/"),
            Map.entry("SIG", "signataires/"), Map.entry("TER", "territoire/"), Map.entry("GEO", "territoire/"), Map.entry("ACT", "actions/"),
            Map.entry("IND", "indicateurs/"), Map.entry("COH", "coherence/"), Map.entry("POR", "portefeuille/"));

    @Test
    void a_rule_is_written_in_the_folder_of_its_id_prefix() {
        assertThat(french.rules()).filteredOn(r -> !r.id().startsWith("CLS-STRUCT-")).allSatisfy(r -> {
            String prefix = r.id().split("-")[1];
            assertThat(FOLDER_OF_PREFIX).as(r.id()).containsKey(prefix);
            assertThat(r.source()).as(r.id()).startsWith(FOLDER_OF_PREFIX.get(prefix));
        });
    }

    @Test
    void every_bundled_rule_names_the_file_it_is_written_in_as_a_rule_author_sees_it() throws IOException {
        Path folder = Path.of("src/main/resources/io/github/cls4j/rules");
        List<String> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().endsWith(".drl")).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        assertThat(Files.readAllLines(folder.resolve(DrlSources.INDEX)).stream().filter(l -> !l.startsWith("#")))
                .as("%s lists the .drl files of the folder", DrlSources.INDEX).containsExactlyElementsOf(files);
        // The portfolio checks, written in Java, are declared in portefeuille/regles.json.
        assertThat(french.rules()).filteredOn(r -> !r.id().startsWith("CLS-STRUCT-") && !r.id().startsWith("CLS-POR-"))
                .allSatisfy(r -> assertThat(files).as(r.id()).contains(r.source()));
        assertThat(french.rules()).filteredOn(r -> r.id().startsWith("CLS-POR-"))
                .allSatisfy(r -> assertThat(r.source()).as(r.id()).isEqualTo("portefeuille/regles.json"));
    }

    @Test
    void a_rule_switched_on_by_a_profile_parameter_says_so_once_and_is_listed_under_those_profiles_only() throws IOException {
        Path folder = Path.of("src/main/resources/io/github/cls4j/rules");
        Pattern declared = Pattern.compile("@enabledBy\\(\"([^\"]+)\"\\)");
        int switched = 0;
        for (String file : Files.readAllLines(folder.resolve(DrlSources.INDEX)).stream().filter(l -> !l.startsWith("#")).toList()) {
            for (String rule : Files.readString(folder.resolve(file)).split("(?m)^(?=rule \")")) {
                Matcher says = declared.matcher(rule);
                if (says.find()) {
                    // The engine applies the switch: a rule that tested it again would say it twice.
                    assertThat(rule).as(rule.lines().findFirst().orElse(""))
                            .doesNotContain("Parametre(nom == \"" + says.group(1) + "\", active)");
                    switched++;
                }
            }
        }
        assertThat(switched).isGreaterThanOrEqualTo(6);
        assertThat(french.rule("CLS-SIG-05").orElseThrow().profiles()).containsExactly("ile-de-france");
        assertThat(french.rule("CLS-STR-19").orElseThrow().profiles()).containsExactly("hauts-de-france");
        assertThat(french.rule("CLS-STR-16").orElseThrow().profiles()).containsExactly("auvergne-rhone-alpes");
        assertThat(french.rule("CLS-STR-15").orElseThrow().profiles()).containsExactly("normandie", "provence-alpes-cote-d-azur");
    }

    @Test
    void every_rule_has_a_distinct_title_in_french_and_in_english() {
        for (RuleDescription rule : french.rules()) {
            String englishTitle = english.rule(rule.id()).orElseThrow().title();
            assertThat(rule.title()).as(rule.id()).isNotEqualTo(rule.id());
            assertThat(englishTitle).as(rule.id()).isNotEqualTo(rule.id()).isNotEqualTo(rule.title());
        }
    }

    @Test
    void every_constraint_of_the_model_has_a_structure_rule_in_the_catalogue() {
        Set<String> expected = new TreeSet<>();
        collectConstraints(ContratLocalSante.class, new HashSet<>(), expected);

        assertThat(StructuralCheck.ruleId("PositiveOrZero")).isEqualTo("CLS-STRUCT-POSITIVE-OR-ZERO");
        assertThat(expected).isNotEmpty();
        assertThat(french.ids()).filteredOn(id -> id.startsWith("CLS-STRUCT-")).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Walks the records of the model and collects the Bean Validation constraints on their components. */
    private static void collectConstraints(Class<?> type, Set<Class<?>> seen, Set<String> ids) {
        if (!type.isRecord() || !seen.add(type)) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            collect(component.getAnnotatedType(), seen, ids);
            for (Annotation a : component.getAnnotations()) {
                addIfConstraint(a, ids);
            }
        }
    }

    private static void collect(AnnotatedType type, Set<Class<?>> seen, Set<String> ids) {
        for (Annotation a : type.getAnnotations()) {
            addIfConstraint(a, ids);
        }
        if (type instanceof AnnotatedParameterizedType parameterized) {
            for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
                collect(argument, seen, ids);
            }
        }
        if (type.getType() instanceof Class<?> c) {
            collectConstraints(c, seen, ids);
        } else if (type.getType() instanceof java.lang.reflect.ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            collectConstraints(raw, seen, ids);
        }
    }

    private static void addIfConstraint(Annotation annotation, Set<String> ids) {
        if (annotation.annotationType().isAnnotationPresent(jakarta.validation.Constraint.class)) {
            ids.add(StructuralCheck.ruleId(annotation.annotationType().getSimpleName()));
        }
    }
}
