package io.github.cls4j.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A finding that does not count against the contract because a dérogation of the contract or the
 * profile waives it. A report always shows it, with its justification.
 *
 * @param finding the finding, at the severity it would have had
 * @param source what waived it
 * @param justification why
 * @param grantedBy who granted the dérogation, or the name of the profile
 * @param date the day the dérogation was granted; {@code null} for a profile
 */
public record WaivedFinding(Finding finding, Source source, String justification, String grantedBy, LocalDate date) {

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
