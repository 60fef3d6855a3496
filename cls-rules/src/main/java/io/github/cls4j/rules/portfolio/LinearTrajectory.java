package io.github.cls4j.rules.portfolio;

import io.github.cls4j.core.strategie.Mesure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The arithmetic of {@link IndicatorProgress}: the course from a baseline value to a different
 * target value and, when both dates are known and the due date comes after the start, the straight
 * line from (start, baseline) to (due, target).
 *
 * <p>Sums and products of {@link BigDecimal} are exact and days are whole numbers ({@link
 * ChronoUnit#DAYS}), so each figure is rounded once, by its one division, to {@value #SCALE}
 * decimal places, {@link RoundingMode#HALF_UP}: a fixed number of places rather than of significant
 * digits, so that every share reads to a hundredth of a percent whatever the values. The verdicts
 * ({@link #reaches}, {@link #isOnTrack}) compare exact products and are never affected by that
 * rounding.
 *
 * @param baseline the value the course starts from
 * @param start the day of the baseline, or {@code null}
 * @param target the value to reach, different from {@code baseline}
 * @param due the day to reach it by, or {@code null}
 */
record LinearTrajectory(BigDecimal baseline, LocalDate start, BigDecimal target, LocalDate due) {

    /** Decimal places of the shares and expected values. */
    static final int SCALE = 4;

    /** Rounding of the shares and expected values. */
    static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    LinearTrajectory {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(target, "target");
        if (baseline.compareTo(target) == 0) {
            throw new IllegalArgumentException("A target equal to its baseline gives no direction: " + target);
        }
    }

    /** {@code +1} for an indicator that should rise, {@code -1} for one that should fall. */
    int direction() {
        return target.compareTo(baseline);
    }

    /** How far {@code value} has come from the baseline towards the target: 0 at the baseline, 1 at the target. */
    BigDecimal share(BigDecimal value) {
        return value.subtract(baseline).divide(target.subtract(baseline), SCALE, ROUNDING);
    }

    /** Whether {@code value} is at the target or beyond it, in the indicator's direction. */
    boolean reaches(BigDecimal value) {
        return value.compareTo(target) * direction() >= 0;
    }

    /** Whether there is a line to follow: both dates known, the due date after the start. */
    boolean hasSpan() {
        return start != null && due != null && due.isAfter(start);
    }

    /**
     * The value expected on {@code day} on the line; from the due date on, the target, where the
     * line ends. Only when {@link #hasSpan()}.
     */
    BigDecimal expectedAt(LocalDate day) {
        BigDecimal total = totalDays();
        // (baseline * total + (target - baseline) * elapsed) / total: one division, so one rounding.
        return baseline.multiply(total)
                .add(target.subtract(baseline).multiply(elapsedDays(day)))
                .divide(total, SCALE, ROUNDING);
    }

    /**
     * Whether {@code mesure} is on the line or on the target's side of it at its own date, compared
     * exactly: {@code (value - baseline) * total} against {@code (target - baseline) * elapsed}.
     * Only when {@link #hasSpan()}.
     */
    boolean isOnTrack(Mesure mesure) {
        BigDecimal made = mesure.valeur().subtract(baseline).multiply(totalDays());
        BigDecimal expected = target.subtract(baseline).multiply(elapsedDays(mesure.date()));
        return made.compareTo(expected) * direction() >= 0;
    }

    private BigDecimal totalDays() {
        return BigDecimal.valueOf(ChronoUnit.DAYS.between(start, due));
    }

    /** Days from the start to {@code day}, kept within the line: 0 before the start, all of them after the due date. */
    private BigDecimal elapsedDays(LocalDate day) {
        long total = ChronoUnit.DAYS.between(start, due);
        return BigDecimal.valueOf(Math.max(0, Math.min(ChronoUnit.DAYS.between(start, day), total)));
    }
}
