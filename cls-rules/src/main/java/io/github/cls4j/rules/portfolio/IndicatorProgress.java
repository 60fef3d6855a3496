package io.github.cls4j.rules.portfolio;

import io.github.cls4j.core.commun.Decimaux;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.path.ContractElements;
import io.github.cls4j.core.path.ElementPath;
import io.github.cls4j.core.path.Located;
import io.github.cls4j.core.strategie.Cible;
import io.github.cls4j.core.strategie.Indicateur;
import io.github.cls4j.core.strategie.Mesure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where one indicator of a contract stands at an as-of date: its baseline, target and last
 * measurement, its progress towards the target, and whether it follows a straight line from its
 * baseline to its target by the due date.
 *
 * <p><b>The method is ours, not the law's</b> (confidence: low). The sources ask contracts for
 * follow-up indicators with a baseline, a target and a due date, but give no method to judge
 * them; the linear trajectory is the simplest reading and suits a level (a rate, a count in
 * place), less so a yearly count that is not cumulative. In detail:
 *
 * <ul>
 *   <li><b>Measurements</b> are the indicator's own {@code mesures} merged with the {@code
 *       mesures} of the contract's evaluations that name its code. Ignored are those without value
 *       or date, those dated after the as-of date, and those dated before the baseline's date
 *       (they precede the start of the trajectory; CLS-COH-07 reports them). A measurement on the
 *       as-of date counts. Of two on the same day, the one recorded last wins: the indicator's own
 *       first, then the evaluations' in contract order.</li>
 *   <li><b>Progress</b> is {@code (last - baseline) / (target - baseline)}: 0 at the baseline, 1 at
 *       the target, negative when the indicator went the wrong way, above 1 beyond the target. It
 *       needs the three values and a target different from the baseline.</li>
 *   <li><b>The direction</b> is the sign of {@code target - baseline}: a target above the baseline
 *       asks the indicator to rise, one below it to fall. A target equal to its baseline gives no
 *       direction, so no progress and no verdict: {@link Missing#DIRECTION}, {@link
 *       Trajectory#NO_DATA}. (It may mean "keep the level", but whether a value above it is good or
 *       bad the contract does not say.)</li>
 *   <li><b>The expected value</b> is the value on the line from (baseline date, baseline) to (due
 *       date, target) at the date of the last measurement, not at the as-of date, so that an old
 *       measurement is not judged against today. From the due date on the line stays at the
 *       target. It needs the baseline with its date, the target with a due date after the
 *       baseline's, and a measurement.</li>
 *   <li><b>The verdict</b> ({@link Trajectory}) is decided in this order: {@code NO_DATA} without
 *       a progress; {@code REACHED} when the last measurement is at or beyond the target (dates are
 *       not needed for that); {@code MISSED} when the due date is before the as-of date (on the
 *       due date itself the target can still be reached); {@code NO_DATA} without an expected value;
 *       otherwise {@code ON_TRACK} when the last measurement is on the line or on the target's side
 *       of it, {@code BEHIND} when not. The comparisons are exact; only the figures reported are
 *       rounded.</li>
 *   <li><b>Arithmetic</b>: {@link BigDecimal}, days counted exactly ({@link
 *       java.time.temporal.ChronoUnit#DAYS}); the progress and the expected value are each the
 *       result of one division, rounded to 4 decimal places, half up ({@link
 *       java.math.RoundingMode#HALF_UP}). Every other step is exact.</li>
 * </ul>
 *
 * <p>Example: baseline 1 on 2023-12-31, target 4 by 2028-12-31 (1,827 days), 3 measured on
 * 2025-12-31 (731 days in): progress {@code 0.6667}, expected {@code 1 + 3 × 731 / 1827 = 2.2003},
 * so {@code ON_TRACK}; 2 measured that day would be {@code 0.3333} and {@code BEHIND}.
 *
 * @param path where the indicator sits in the contract, e.g. {@code
 *     axes[0].objectifs[0].fichesAction[1].indicateurs[0]}
 * @param code the indicator's code, or {@code null} if the contract gives none
 * @param label the indicator's libellé, or {@code null}
 * @param unit the indicator's unit, or {@code null}
 * @param baseline the baseline ({@code valeurInitiale}) as the contract gives it, or {@code null}
 * @param target the target ({@code cible}: value and due date) as the contract gives it, or {@code null}
 * @param lastMeasurement the last usable measurement on or before the as-of date, or {@code null}
 * @param progress the progress towards the target as a share, or {@code null} when it cannot be computed
 * @param expectedValue the value expected on the linear trajectory at the last measurement's date, or
 *     {@code null} when there is no trajectory or no measurement
 * @param trajectory the verdict
 * @param missing what the indicator lacks or has unusable, whatever the verdict (a target may be
 *     {@code REACHED} without a due date); never empty when the verdict is {@code NO_DATA}
 */
public record IndicatorProgress(
        ElementPath path,
        String code,
        String label,
        String unit,
        Mesure baseline,
        Cible target,
        Mesure lastMeasurement,
        BigDecimal progress,
        BigDecimal expectedValue,
        Trajectory trajectory,
        Set<Missing> missing) {

    /** Where an indicator stands against its target and its linear trajectory. */
    public enum Trajectory {
        /** The last measurement is at or beyond the target, in the indicator's direction. */
        REACHED,
        /** On or ahead of the linear trajectory at the last measurement's date. */
        ON_TRACK,
        /** Short of the linear trajectory at the last measurement's date; the due date has not passed. */
        BEHIND,
        /** The due date is before the as-of date and the last measurement does not reach the target. */
        MISSED,
        /** What is needed to judge is missing or unusable: see {@link IndicatorProgress#missing()}. */
        NO_DATA
    }

    /** What an indicator lacks, or has in a form that cannot be used. */
    public enum Missing {
        /** No baseline, or its value or its date is missing. */
        BASELINE,
        /** No target value. */
        TARGET,
        /** No due date, or one that is not after the baseline's date, so that no line runs to it. */
        DUE_DATE,
        /** No measurement with value and date, from the baseline's date to the as-of date. */
        MEASUREMENT,
        /** The target equals the baseline: the contract says neither which way to go nor how far. */
        DIRECTION,
        /**
         * A value (baseline, target or last measurement) is beyond the model's decimals
         * ({@link Decimaux}), as only a contract built in Java can hold: no progress is computed
         * from it.
         */
        VALUE_IN_RANGE
    }

    /** Requires the path and the verdict; copies {@code missing}, {@code null} as empty. */
    public IndicatorProgress {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(trajectory, "trajectory");
        missing = missing == null || missing.isEmpty()
                ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(missing));
    }

    /**
     * The progress of every indicator of {@code contrat} at {@code asOf}, in contract order. It
     * never throws on a contract that could be read, however incomplete.
     *
     * @param contrat the contract
     * @param asOf the day the progress is judged for, which the library never takes from the clock;
     *     measurements dated after it are ignored
     * @return one entry per indicator, in the order of the contract's axes, objectives, fiches
     *     action and indicators; an indicator placed twice in the contract has an entry at each place
     * @throws NullPointerException if {@code contrat} or {@code asOf} is {@code null}
     */
    public static List<IndicatorProgress> of(ContratLocalSante contrat, LocalDate asOf) {
        Objects.requireNonNull(contrat, "contrat");
        Objects.requireNonNull(asOf, "asOf");
        Measurements measurements = Measurements.of(contrat);
        List<IndicatorProgress> progress = new ArrayList<>();
        for (Located<Indicateur> located : ContractElements.of(contrat).ofType(Indicateur.class)) {
            progress.add(of(located.path(), located.element(), measurements, asOf));
        }
        return List.copyOf(progress);
    }

    /** One indicator: the steps of the class comment, in order. */
    private static IndicatorProgress of(ElementPath path, Indicateur indicateur, Measurements measurements, LocalDate asOf) {
        Mesure baseline = indicateur.valeurInitiale();
        Cible target = indicateur.cible();
        BigDecimal from = baseline == null ? null : baseline.valeur();
        LocalDate start = baseline == null ? null : baseline.date();
        BigDecimal to = target == null ? null : target.valeur();
        LocalDate due = target == null ? null : target.echeance();
        Mesure last = measurements.last(indicateur, start, asOf).orElse(null);

        Set<Missing> missing = EnumSet.noneOf(Missing.class);
        if (from == null || start == null) {
            missing.add(Missing.BASELINE);
        }
        if (to == null) {
            missing.add(Missing.TARGET);
        }
        if (due == null || start != null && !due.isAfter(start)) {
            missing.add(Missing.DUE_DATE);
        }
        if (last == null) {
            missing.add(Missing.MEASUREMENT);
        }
        boolean inRange = Decimaux.dansLesLimites(from) && Decimaux.dansLesLimites(to)
                && (last == null || Decimaux.dansLesLimites(last.valeur()));
        if (!inRange) {
            missing.add(Missing.VALUE_IN_RANGE);
        } else if (from != null && to != null && from.compareTo(to) == 0) {
            missing.add(Missing.DIRECTION);
        }

        BigDecimal share = null;
        BigDecimal expected = null;
        Trajectory verdict = Trajectory.NO_DATA;
        if (from != null && to != null && last != null && inRange && !missing.contains(Missing.DIRECTION)) {
            LinearTrajectory line = new LinearTrajectory(from, start, to, due);
            share = line.share(last.valeur());
            expected = line.hasSpan() ? line.expectedAt(last.date()) : null;
            verdict = verdict(line, last, asOf);
        }
        return new IndicatorProgress(path, indicateur.code(), indicateur.libelle(), indicateur.unite(),
                baseline, target, last, share, expected, verdict, missing);
    }

    private static Trajectory verdict(LinearTrajectory line, Mesure last, LocalDate asOf) {
        if (line.reaches(last.valeur())) {
            return Trajectory.REACHED;
        }
        if (line.due() != null && line.due().isBefore(asOf)) {
            return Trajectory.MISSED;
        }
        if (!line.hasSpan()) {
            return Trajectory.NO_DATA;
        }
        return line.isOnTrack(last) ? Trajectory.ON_TRACK : Trajectory.BEHIND;
    }
}
