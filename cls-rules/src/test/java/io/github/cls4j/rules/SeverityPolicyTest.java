package io.github.cls4j.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The severity policy ({@code docs/severity-policy.md}), on the bundled rules and on a rule
 * author's folder: an error only where a binding text requires it or for data that cannot be
 * true; one region's guidance only in that region's profile.
 */
@DisplayName("The severity policy: an error only where a binding text requires it, or for data that cannot be true")
class SeverityPolicyTest {

    private static final Path BUNDLED_SOURCES = Path.of("src/main/resources/io/github/cls4j/rules");
    /** A rule declaration, with the comment lines just above it. */
    private static final Pattern DECLARATION = Pattern.compile("((?:^//[^\\n]*\\n)*)rule \"([A-Z0-9-]+) ", Pattern.MULTILINE);

    private static final String HEADER = """
            package regles.locales;

            import io.github.cls4j.core.contrat.ContratLocalSante;

            global io.github.cls4j.rules.facts.Findings findings;

            """;
    private static final String MESSAGES = """
            LOC-01.title=Règle locale
            LOC-01.message=Règle locale.
            """;
    private static final String MESSAGES_EN = """
            LOC-01.title=Local rule
            LOC-01.message=Local rule.
            """;

    @TempDir
    Path folder;

    private static String rule(String metadata) {
        return HEADER + """
                rule "LOC-01 Règle locale"
                    %s
                when
                    $contrat : ContratLocalSante()
                then
                    findings.reportAt($contrat, "intitule");
                end
                """.formatted(metadata);
    }

    private RuleCompilationException refused(String metadata) {
        new RuleFolder(folder).rules("regles/locales/locale.drl", rule(metadata), MESSAGES, MESSAGES_EN);
        return catchThrowableOfType(RuleCompilationException.class, () -> ContractValidator.builder().additionalRules(folder).build());
    }

    @Test
    void every_bundled_error_is_of_the_law_with_a_binding_source_or_data_that_cannot_be_true() {
        List<RuleDescription> errors = Validators.BUNDLED.catalog().rules().stream()
                .filter(r -> r.defaultSeverity() == Severity.ERROR).toList();

        assertThat(errors).isNotEmpty().allSatisfy(r -> {
            assertThat(r.family()).as(r.id()).isIn(RuleFamily.LAW, RuleFamily.STRUCTURE);
            if (r.family() == RuleFamily.LAW) {
                assertThat(r.reference().isBinding()).as("%s cites %s", r.id(), r.reference().id()).isTrue();
            }
        });
        assertThat(errors).filteredOn(r -> r.family() == RuleFamily.LAW).extracting(RuleDescription::id)
                .containsExactlyInAnyOrder("CLS-LEG-01", "CLS-LEG-03", "CLS-LEG-09", "CLS-PRS-03", "CLS-PRS-04");
    }

    @Test
    void every_rule_of_the_law_that_makes_an_error_quotes_its_text_in_the_comment_above_it_and_in_its_source() throws IOException {
        Map<String, RuleDescription> lawErrors = new TreeMap<>();
        Validators.BUNDLED.catalog().rules().stream().filter(r -> r.family() == RuleFamily.LAW && r.defaultSeverity() == Severity.ERROR)
                .forEach(r -> lawErrors.put(r.id(), r));
        int quoted = 0;
        for (RuleDescription rule : lawErrors.values()) {
            String drl = Files.readString(BUNDLED_SOURCES.resolve(rule.source()));
            Matcher declaration = DECLARATION.matcher(drl);
            String comment = null;
            while (declaration.find()) {
                if (declaration.group(2).equals(rule.id())) {
                    comment = declaration.group(1);
                }
            }
            assertThat(comment).as("the comment above %s in %s", rule.id(), rule.source()).isNotNull().contains("«", "»");
            assertThat(rule.reference().words()).as("the words of %s", rule.reference().id()).contains("«", "»");
            quoted++;
        }
        assertThat(quoted).isEqualTo(lawErrors.size()).isPositive();
    }

    @Test
    void a_rule_of_one_region_s_guidance_runs_only_under_that_region_s_profile() {
        Map<String, ValidationPolicy> profiles = Validators.BUNDLED.profiles();
        List<RuleDescription> regional = Validators.BUNDLED.catalog().rules().stream().filter(r -> r.reference().region() != null).toList();

        assertThat(regional).hasSizeGreaterThanOrEqualTo(8).allSatisfy(r -> assertThat(r.profiles()).as(r.id()).isNotEmpty()
                .allSatisfy(name -> assertThat(profiles.get(name).region()).as("%s under %s", r.id(), name).isEqualTo(r.reference().region())));
    }

    @Test
    void a_rule_of_good_practice_that_makes_an_error_is_refused_at_its_file_and_line() {
        RuleCompilationException e = refused("@id(LOC-01) @severity(ERROR) @family(GOOD_PRACTICE) @reference(GUIDES-ARS-CLS)");

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("regles/locales/locale.drl");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).startsWith("@severity(ERROR) is only for what a binding text requires");
        });
    }

    @Test
    void a_rule_of_the_law_that_cites_guidance_is_refused() {
        RuleCompilationException e = refused("@id(LOC-01) @severity(WARNING) @family(LAW) @reference(GUIDES-ARS-CLS)");

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("@family(LAW) is for a rule that encodes a binding text, but @reference(GUIDES-ARS-CLS) is not of kind LAW"));
    }

    @Test
    void a_rule_of_the_law_citing_a_binding_text_may_make_an_error() {
        new RuleFolder(folder).rules("regles/locales/locale.drl",
                rule("@id(LOC-01) @severity(ERROR) @family(LAW) @reference(CSP-L1434-10-IV)"), MESSAGES, MESSAGES_EN);

        assertThat(ContractValidator.builder().additionalRules(folder).build().catalog().rule("LOC-01")).isPresent();
    }

    @Test
    void a_rule_of_one_region_s_guidance_that_runs_everywhere_is_refused() {
        RuleCompilationException e = refused("@id(LOC-01) @severity(WARNING) @family(REGIONAL) @reference(ARS-HDF-GUIDE-CLS)");

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("regles/locales/locale.drl");
            assertThat(p.message()).startsWith("@reference(ARS-HDF-GUIDE-CLS) is the guidance of region 32, but the rule runs under "
                    + "auvergne-rhone-alpes, ile-de-france, national, normandie, occitanie, provence-alpes-cote-d-azur");
        });
    }

    @Test
    void switched_on_by_its_region_s_parameter_it_is_accepted() {
        new RuleFolder(folder).rules("regles/locales/locale.drl",
                rule("@id(LOC-01) @severity(WARNING) @family(REGIONAL) @reference(ARS-HDF-GUIDE-CLS) @enabledBy(\"charte.engagement.attendue\")"),
                MESSAGES, MESSAGES_EN);

        assertThat(ContractValidator.builder().additionalRules(folder).build().catalog().rule("LOC-01").orElseThrow().profiles())
                .containsExactly("hauts-de-france");
    }
}
