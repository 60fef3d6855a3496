/**
 * The validation API of cls4j: build a {@link io.github.cls4j.rules.ContractValidator} once with
 * {@link io.github.cls4j.rules.ContractValidator#builder()}, share it between threads, and call
 * {@link io.github.cls4j.rules.ContractValidator#validate(io.github.cls4j.core.contrat.ContratLocalSante,
 * io.github.cls4j.rules.ValidationContext) validate} to get a
 * {@link io.github.cls4j.rules.ValidationReport} of {@link io.github.cls4j.rules.Finding}s.
 *
 * <p>Each finding names its rule, {@link io.github.cls4j.rules.Severity}, element path, message
 * (French or English), {@link io.github.cls4j.rules.LegalReference} and
 * {@link io.github.cls4j.rules.Validity}. The {@link io.github.cls4j.rules.RuleCatalog} lists the
 * rules; a {@link io.github.cls4j.rules.ValidationPolicy} (profile) re-levels or suppresses them
 * for a region; a {@link io.github.cls4j.rules.RuleCompilationException} lists, file by file,
 * what is wrong with rules loaded from a folder.
 */
package io.github.cls4j.rules;
