package io.github.cls4j.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cls4j.core.Contrats;
import io.github.cls4j.core.contrat.ContratLocalSante;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Rules reloaded from their folder while validations run: a folder that does not compile changes nothing")
class ReloadTest {

    private static final ValidationContext CONTEXT = ValidationContext.asOf(LocalDate.of(2026, 11, 23));

    /** A rule that reports every contract under the id {@code id}: which version ran shows in the report. */
    private static String rule(String id) {
        return """
                package regles.locales;

                import io.github.cls4j.core.contrat.ContratLocalSante;

                global io.github.cls4j.rules.facts.Findings findings;

                rule "%1$s Version de la règle"
                    @id(%1$s) @severity(INFO) @family(REGIONAL) @reference(CSP-L1434-10-IV)
                when
                    $contrat : ContratLocalSante()
                then
                    findings.report($contrat);
                end
                """.formatted(id);
    }

    private static RuleFolder version(RuleFolder folder, String id) {
        return folder.rules("regles/locales/version.drl", rule(id), id + ".message=version " + id + "\n",
                id + ".title=Version\n" + id + ".message=version " + id + "\n");
    }

    @TempDir
    Path dir;

    @Test
    void an_edit_takes_effect_at_the_reload_and_not_before() {
        RuleFolder folder = version(new RuleFolder(dir), "LOC-A");
        ReloadableValidator validator = ReloadableValidator.of(ContractValidator.builder().additionalRules(dir));
        ContractValidator first = validator.current();

        version(folder, "LOC-B");
        assertThat(validator.validate(Contrats.complet(), CONTEXT).findings("LOC-A")).hasSize(1);
        ContractValidator reloaded = validator.reload();

        assertThat(reloaded).isSameAs(validator.current()).isNotSameAs(first);
        ValidationReport report = validator.validate(Contrats.complet(), CONTEXT);
        assertThat(report.findings("LOC-B")).hasSize(1);
        assertThat(report.findings("LOC-A")).isEmpty();
        assertThat(first.validate(Contrats.complet(), CONTEXT).findings("LOC-A")).as("a validator taken before stays as it was").hasSize(1);
    }

    @Test
    void a_folder_that_does_not_compile_leaves_the_previous_rules_and_names_the_file_and_line() {
        RuleFolder folder = version(new RuleFolder(dir), "LOC-A");
        ReloadableValidator validator = ReloadableValidator.of(ContractValidator.builder().additionalRules(dir));
        ContractValidator before = validator.current();
        ValidationReport expected = validator.validate(Contrats.complet(), CONTEXT);

        folder.write("regles/locales/version.drl", rule("LOC-A").replace("findings.report($contrat);", "findings.report($contrat)"));
        RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class, validator::reload);

        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("regles/locales/version.drl"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.line()).isPositive());
        assertThat(validator.current()).isSameAs(before);
        assertThat(validator.validate(Contrats.complet(), CONTEXT)).isEqualTo(expected);
    }

    @Test
    void a_builder_changed_afterwards_does_not_change_the_validator() {
        version(new RuleFolder(dir), "LOC-A");
        ContractValidator.Builder builder = ContractValidator.builder().additionalRules(dir);
        ReloadableValidator validator = ReloadableValidator.of(builder);

        builder.additionalRules(dir.resolve("absent"));

        assertThat(validator.reload().validate(Contrats.complet(), CONTEXT).findings("LOC-A")).hasSize(1);
    }

    /**
     * Four threads validate without pause while the folder goes from version A to B, to a version
     * that does not compile, and back to A. Every report must be wholly A's or wholly B's.
     */
    @Test
    void validations_in_flight_finish_on_the_rules_they_started_with() throws Exception {
        RuleFolder folder = version(new RuleFolder(dir), "LOC-A");
        ReloadableValidator validator = ReloadableValidator.of(ContractValidator.builder().additionalRules(dir));
        List<ContratLocalSante> contrats = List.of(Contrats.complet(), Contrats.minimal(), Contrats.outreMer());
        List<ValidationReport> underA = contrats.stream().map(c -> validator.validate(c, CONTEXT)).toList();
        version(folder, "LOC-B");
        ContractValidator b = ContractValidator.builder().additionalRules(dir).build();
        List<ValidationReport> underB = contrats.stream().map(c -> b.validate(c, CONTEXT)).toList();

        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                threads.add(pool.submit(() -> {
                    int validated = 0;
                    while (running.get()) {
                        int i = validated++ % contrats.size();
                        ValidationReport report = validator.validate(contrats.get(i), CONTEXT);
                        assertThat(report).isIn(underA.get(i), underB.get(i));
                    }
                    return validated;
                }));
            }
            validator.reload();
            folder.write("regles/locales/version.drl", "rule sans fin");
            catchThrowableOfType(RuleCompilationException.class, validator::reload);
            version(folder, "LOC-A");
            validator.reload();
            running.set(false);
            for (Future<Integer> thread : threads) {
                assertThat(thread.get()).isPositive();
            }
        } finally {
            running.set(false);
            pool.shutdownNow();
        }
        assertThat(validator.validate(Contrats.complet(), CONTEXT)).isEqualTo(underA.get(0));
    }

    /**
     * A reload while the folder is being written, by another process as an editor or a checkout
     * is (its rule and its messages copied from one version to the other, without pause), either
     * puts one version in place whole, or throws its documented exception and leaves the rules in
     * place: that the files changed at every read, or what is wrong with a state the files were in
     * (a copy caught half-way, which a writer that stands still long enough makes look at rest).
     * Never A's rule with B's messages, never another exception. (A writer in this JVM would stand
     * still during its collections.)
     */
    @Test
    void a_reload_while_another_process_writes_the_folder_puts_one_version_in_place_or_none() throws Exception {
        version(new RuleFolder(dir.resolve("a")), "LOC-A");
        version(new RuleFolder(dir.resolve("b")), "LOC-B");
        Path folder = dir.resolve("regles");
        version(new RuleFolder(folder), "LOC-A");
        ReloadableValidator validator = ReloadableValidator.of(ContractValidator.builder().additionalRules(folder));
        Path running = Files.createFile(dir.resolve("en-cours"));
        Process writer = new ProcessBuilder("sh", "-c", "while [ -e en-cours ]; do cp -R b/. regles/; cp -R a/. regles/; done")
                .directory(dir.toFile()).inheritIO().start();
        int loaded = 0;
        int refused = 0;
        try {
            for (int reload = 0; reload < 4; reload++) {
                ContractValidator before = validator.current();
                try {
                    ValidationReport report = validator.reload().validate(Contrats.complet(), CONTEXT);
                    List<Finding> versions = report.findings().stream().filter(f -> f.ruleId().startsWith("LOC-")).toList();
                    assertThat(report.failures()).isEmpty();
                    assertThat(versions).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo("version " + f.ruleId()));
                    loaded++;
                } catch (RuleCompilationException e) {
                    assertThat(e.problems()).isNotEmpty();
                    assertThat(validator.current()).isSameAs(before);
                    refused++;
                }
            }
        } finally {
            Files.delete(running);
            assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(loaded + refused).isEqualTo(4);
        assertThat(validator.reload().validate(Contrats.complet(), CONTEXT).findings("LOC-A")).as("once written, it loads").hasSize(1);
    }

    @Test
    void an_editor_s_hidden_files_in_the_folder_are_not_rules() {
        version(new RuleFolder(dir), "LOC-A").write(".#version.drl", "rule à moitié écrite").write(".git/old.drl", "ancienne");

        assertThat(ContractValidator.builder().additionalRules(dir).build().validate(Contrats.complet(), CONTEXT).findings("LOC-A"))
                .hasSize(1);
    }
}
