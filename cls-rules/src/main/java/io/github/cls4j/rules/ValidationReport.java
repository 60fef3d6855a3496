package io.github.cls4j.rules;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of validating one contract.
 *
 * @param contractId the id of the contract, as written in it (may be {@code null} in a contract
 *     that lacks one)
 * @param profile the name of the profile applied
 * @param ruleSetVersion the version of the rules, e.g. {@code 0.1.0}, followed by the folders of
 *     rules loaded at run time
 * @param asOf the day the check was made for, or {@code null}
 * @param legalDate the day on which the applicable law was judged: for a concluded contract, the
 *     day it was concluded ({@code ContratLocalSante.dateDeConclusion()}); for a project, the
 *     as-of date; {@code null} when not known
 * @param findings the findings that count, in report order
 * @param waived the findings a dérogation or the profile waives, in report order; a waiver without
 *     legal effect (of a rule of the law) is listed here and its finding stays in {@code findings}
 * @param failures the rules that threw an exception instead of finishing, in the order they
 *     failed; empty when every rule ran (see {@link #isComplete()})
 * @param notApplied the rules of the rule set that were not applied to this contract, and why, in
 *     the order of their ids: outside their dates, not switched on by the profile, for a contract
 *     at another stage, or dated when the contract's day of conclusion is not known
 */
public record ValidationReport(
        String contractId,
        String profile,
        String ruleSetVersion,
        LocalDate asOf,
        LocalDate legalDate,
        List<Finding> findings,
        List<WaivedFinding> waived,
        List<RuleFailure> failures,
        List<NotApplied> notApplied) {

    /** Copies the lists and puts the findings in report order. */
    public ValidationReport {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        findings = findings.stream().sorted().toList();
        waived = waived.stream().sorted((a, b) -> a.finding().compareTo(b.finding())).toList();
        failures = List.copyOf(failures);
        notApplied = List.copyOf(notApplied);
    }

    /**
     * Whether every rule ran to its end. An incomplete report holds what the other rules found and
     * one {@value RuleFailure#FINDING_ID} error per failure, and is never {@linkplain #isValid()
     * valid}: the findings of the rules that failed are missing.
     */
    public boolean isComplete() {
        return failures.isEmpty();
    }

    /** Whether no finding is an error and every rule ran: a report that lacks findings proves nothing. */
    public boolean isValid() {
        return isComplete() && findings.stream().noneMatch(f -> f.severity().isBlocking());
    }

    /** The number of findings of {@code severity}. */
    public int count(Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** The number of findings of each severity, every severity present. */
    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, count(severity));
        }
        return counts;
    }

    /** The findings of {@code severity}, in report order. */
    public List<Finding> findings(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /** The findings of the rule {@code ruleId}, in report order. */
    public List<Finding> findings(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** The errors, in report order. */
    public List<Finding> errors() {
        return findings(Severity.ERROR);
    }

    /** The warnings, in report order. */
    public List<Finding> warnings() {
        return findings(Severity.WARNING);
    }
}
