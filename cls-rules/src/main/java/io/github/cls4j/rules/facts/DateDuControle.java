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

    /**
     * Whether the check is made on or after {@code day}, written {@code "YYYY-MM-DD"}: a rule about
     * a law says so to apply only once the law exists, e.g. {@code estAuPlusTotLe("2022-02-23")}.
     */
    public boolean estAuPlusTotLe(String day) {
        return !jour.isBefore(LocalDate.parse(day));
    }
}
