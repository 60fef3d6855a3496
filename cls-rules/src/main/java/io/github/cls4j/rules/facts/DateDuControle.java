package io.github.cls4j.rules.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The day the check is made for: what is due by then (evaluations, expiry) is due. There is
 * such a fact only when the caller gives an as-of date; rules that need it simply do not match
 * without it.
 *
 * @param jour the day
 */
public record DateDuControle(LocalDate jour) {

    /** Checks that the day is given. */
    public DateDuControle {
        Objects.requireNonNull(jour, "jour");
    }
}
