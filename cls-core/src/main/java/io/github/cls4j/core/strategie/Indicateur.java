package io.github.cls4j.core.strategie;

import io.github.cls4j.core.commun.Listes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

/**
 * An indicator of a fiche action.
 *
 * @param code its code, unique in the contract, e.g. "I-1.1.1-a"
 * @param libelle what it counts, e.g. "Nombre de médecins installés"
 * @param type process, result or impact
 * @param unite its unit, e.g. "%", "personnes"
 * @param valeurInitiale the baseline: value and date
 * @param cible the target: value and due date
 * @param source where the values come from, e.g. "CPAM", "ORS"
 * @param frequence how often it is measured
 * @param mesures the values observed over time
 */
public record Indicateur(
        String code,
        @NotBlank String libelle,
        TypeIndicateur type,
        String unite,
        @Valid Mesure valeurInitiale,
        @Valid Cible cible,
        String source,
        Frequence frequence,
        List<@NotNull @Valid Mesure> mesures) {

    /** Normalises the lists; checks nothing. */
    public Indicateur {
        mesures = Listes.copie(mesures);
    }

    /**
     * Its measures dated before the date of its baseline, in their order; none when the baseline
     * or its date is not given. A measure of the baseline's own day is not before it, and one
     * without a date is not judged.
     */
    public List<Mesure> mesuresAvantLaValeurInitiale() {
        LocalDate depart = valeurInitiale == null ? null : valeurInitiale.date();
        if (depart == null || mesures.isEmpty()) {
            return Collections.emptyList();
        }
        return Listes.filtre(mesures, mesure -> mesure.date() != null && mesure.date().isBefore(depart));
    }

    /**
     * Whether one of its measures is dated before the date of its baseline: the question a rule
     * asks of every indicator before it names those measures, so that only an indicator that has
     * one is walked.
     */
    public boolean estMesureAvantSaValeurInitiale() {
        return !mesuresAvantLaValeurInitiale().isEmpty();
    }
}
