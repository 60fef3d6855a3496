package io.github.cls4j.rules.portfolio;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.Evaluation;
import io.github.cls4j.core.contrat.MesureIndicateur;
import io.github.cls4j.core.strategie.Indicateur;
import io.github.cls4j.core.strategie.Mesure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The measurements of a contract's indicators, from the two places a contract records them: the
 * indicator's own {@code mesures} and the {@code mesures} of its evaluations, which name the
 * indicator by its code. An indicator whose code is missing gets only its own; two indicators
 * sharing a code (which CLS-COH-04 reports) both get the evaluations' measurements of that code.
 */
final class Measurements {

    /** The evaluations' measurements by indicator code, in contract order. */
    private final Map<String, List<Mesure>> byCode;

    private Measurements(Map<String, List<Mesure>> byCode) {
        this.byCode = byCode;
    }

    /** Indexes the evaluations' measurements of {@code contrat} once, for all its indicators. */
    static Measurements of(ContratLocalSante contrat) {
        Map<String, List<Mesure>> byCode = new HashMap<>();
        for (Evaluation evaluation : contrat.evaluations()) {
            if (evaluation == null) {
                continue;
            }
            for (MesureIndicateur mesure : evaluation.mesures()) {
                if (mesure != null && mesure.indicateur() != null) {
                    byCode.computeIfAbsent(mesure.indicateur(), code -> new ArrayList<>())
                            .add(new Mesure(mesure.valeur(), mesure.date()));
                }
            }
        }
        return new Measurements(byCode);
    }

    /**
     * The last measurement of {@code indicateur} dated on or before {@code asOf} and, when {@code
     * notBefore} is given, not before it; a measurement without value or date is skipped. Of
     * measurements on the same day the one recorded last wins: the indicator's own come first,
     * then the evaluations' in contract order, since a later evaluation may correct a value.
     */
    Optional<Mesure> last(Indicateur indicateur, LocalDate notBefore, LocalDate asOf) {
        Mesure last = null;
        for (Mesure mesure : all(indicateur)) {
            if (usable(mesure, notBefore, asOf) && (last == null || !mesure.date().isBefore(last.date()))) {
                last = mesure;
            }
        }
        return Optional.ofNullable(last);
    }

    private List<Mesure> all(Indicateur indicateur) {
        List<Mesure> fromEvaluations = indicateur.code() == null ? List.of() : byCode.getOrDefault(indicateur.code(), List.of());
        if (fromEvaluations.isEmpty()) {
            return indicateur.mesures();
        }
        List<Mesure> all = new ArrayList<>(indicateur.mesures());
        all.addAll(fromEvaluations);
        return all;
    }

    private static boolean usable(Mesure mesure, LocalDate notBefore, LocalDate asOf) {
        return mesure != null && mesure.valeur() != null && mesure.date() != null
                && !mesure.date().isAfter(asOf)
                && (notBefore == null || !mesure.date().isBefore(notBefore));
    }
}
