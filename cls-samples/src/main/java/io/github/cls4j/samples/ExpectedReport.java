package io.github.cls4j.samples;

import io.github.cls4j.core.path.ElementPath;
import io.github.cls4j.rules.Finding;
import io.github.cls4j.rules.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The expected report of a sample, the golden file {@code NAME.attendu.txt} beside it: comment
 * lines ({@code #}) written by a person to say why, then what a validation gives, which a test
 * compares and can rewrite.
 *
 * <pre>
 * # Why these findings are right.
 * profil: hauts-de-france
 * date du contrôle: 2026-11-23
 * date de la loi: 2023-06-30
 * valide: oui
 * WARNING CLS-TER-01 articulations
 * INFO CLS-STR-13 dateCharte
 * </pre>
 *
 * <p>A finding is its severity, rule id and path ({@value #ROOT} for the contract itself); the
 * message is left out so that rewording a rule does not touch every golden file.
 *
 * @param comments the comment lines, {@code #} included, kept when the file is rewritten
 * @param profile the profile applied
 * @param asOf the day of the check, or {@code null}
 * @param legalDate the day the law was judged on, or {@code null}
 * @param valid whether no finding is an error
 * @param findings one line per finding, in report order
 */
public record ExpectedReport(
        List<String> comments, String profile, LocalDate asOf, LocalDate legalDate, boolean valid, List<String> findings) {

    /** How the contract itself is written in place of an empty path. */
    public static final String ROOT = "(contrat)";

    private static final String PROFILE = "profil: ";
    private static final String AS_OF = "date du contrôle: ";
    private static final String LEGAL_DATE = "date de la loi: ";
    private static final String VALID = "valide: ";
    private static final String NONE = "-";

    /** Copies the lists. */
    public ExpectedReport {
        comments = List.copyOf(comments);
        Objects.requireNonNull(profile, "profile");
        findings = List.copyOf(findings);
    }

    /** What {@code report} gives, under {@code comments}. */
    public static ExpectedReport of(ValidationReport report, List<String> comments) {
        return new ExpectedReport(comments, report.profile(), report.asOf(), report.legalDate(), report.isValid(),
                report.findings().stream().map(ExpectedReport::line).toList());
    }

    /** One finding as a golden file writes it, e.g. {@code WARNING CLS-TER-01 articulations}. */
    public static String line(Finding finding) {
        return finding.severity() + " " + finding.ruleId() + " " + path(finding.path());
    }

    /** A path as reports write it: {@value #ROOT} for the contract itself. */
    public static String path(ElementPath path) {
        return path.isRoot() ? ROOT : path.toString();
    }

    /**
     * Reads a golden file.
     *
     * @throws IllegalArgumentException naming the line that is not in the format above
     */
    public static ExpectedReport parse(String text) {
        List<String> comments = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        String profile = null;
        LocalDate asOf = null;
        LocalDate legalDate = null;
        Boolean valid = null;
        int number = 0;
        for (String line : text.split("\n")) {
            number++;
            if (line.isBlank()) {
                continue;
            } else if (line.startsWith("#")) {
                comments.add(line);
            } else if (line.startsWith(PROFILE)) {
                profile = line.substring(PROFILE.length());
            } else if (line.startsWith(AS_OF)) {
                asOf = date(line.substring(AS_OF.length()));
            } else if (line.startsWith(LEGAL_DATE)) {
                legalDate = date(line.substring(LEGAL_DATE.length()));
            } else if (line.startsWith(VALID)) {
                valid = "oui".equals(line.substring(VALID.length()));
            } else if (line.matches("(ERROR|WARNING|INFO) \\S+ \\S+")) {
                findings.add(line);
            } else {
                throw new IllegalArgumentException("Line " + number + " of an expected report: '" + line
                        + "'; expected a comment (#), 'profil: ', 'date du contrôle: ', 'date de la loi: ', 'valide: '"
                        + " or a finding 'SEVERITY RULE-ID PATH'");
            }
        }
        if (profile == null || valid == null) {
            throw new IllegalArgumentException("An expected report names its profile and says whether it is valid");
        }
        return new ExpectedReport(comments, profile, asOf, legalDate, valid, findings);
    }

    /** The golden file's text. */
    public String text() {
        StringBuilder text = new StringBuilder();
        comments.forEach(c -> text.append(c).append('\n'));
        text.append(PROFILE).append(profile).append('\n')
                .append(AS_OF).append(asOf == null ? NONE : asOf).append('\n')
                .append(LEGAL_DATE).append(legalDate == null ? NONE : legalDate).append('\n')
                .append(VALID).append(valid ? "oui" : "non").append('\n');
        findings.forEach(f -> text.append(f).append('\n'));
        return text.toString();
    }

    private static LocalDate date(String text) {
        return NONE.equals(text) ? null : LocalDate.parse(text);
    }
}
