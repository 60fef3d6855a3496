package io.github.cls4j.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A finding that a dérogation of the contract or the profile waives. A report always shows it,
 * with its justification. A waiver takes effect, and the finding does not count against the
 * contract, unless the finding is of a rule of the law: no ARS can set the law aside, so such a
 * dérogation is shown as without legal effect and the finding stays among the findings.
 *
 * @param finding the finding, at the severity it would have had
 * @param source what waived it
 * @param justification why
 * @param grantedBy who granted the dérogation, or the name of the profile
 * @param date the day the dérogation was granted; {@code null} for a profile
 * @param effective whether the waiver takes effect; {@code false} for a dérogation to a rule of the
 *     law, whose finding stays among the report's findings
 */
public record WaivedFinding(Finding finding, Source source, String justification, String grantedBy, LocalDate date,
        boolean effective) {

    /** What waived a finding. */
    public enum Source {
        /** A dérogation written in the contract. */
        DEROGATION,
        /** A suppression in the validation profile. */
        PROFILE
    }

    /** Checks that the waiver is justified. */
    public WaivedFinding {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(justification, "justification");
    }
}
