package io.github.cls4j.rules.portfolio;

import io.github.cls4j.core.commun.Decimaux;
import io.github.cls4j.core.commun.Periode;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.Signataire;
import io.github.cls4j.core.contrat.TypeEvaluation;
import io.github.cls4j.core.contrat.TypeOrganisation;
import io.github.cls4j.core.gouvernance.Coordination;
import io.github.cls4j.core.gouvernance.PartFinancement;
import io.github.cls4j.rules.Severity;
import io.github.cls4j.rules.ValidationReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One contract of a portfolio, as a table of contracts shows it.
 *
 * @param id the contract's id
 * @param intitule its title
 * @param stade where it stands on the as-of date, or {@code null} when it covers nothing any more
 *     (ended, renewed) or has no status
 * @param valid whether its validation found no error (and was complete)
 * @param counts its findings by severity
 * @param voletSanteMentale whether it carries a mental-health component, in any of its forms
 *     ({@link ContratLocalSante#comporteUnVoletSanteMentale()})
 * @param clsm whether a conseil local de santé mentale goes with it (named in its mental-health
 *     component or among its articulations)
 * @param coordination whether it names a coordination (a coordinator or a share of a post)
 * @param partArs the share of the coordination the ARS finances, in percent (the financings whose
 *     funder is the ARS signatory), or {@code null} when none is
 * @param evaluationsDue the yearly evaluations due by the as-of date: one per whole year of its
 *     period elapsed, while it runs (as rule CLS-CYC-05 counts them)
 * @param evaluationsDone the yearly and mid-term evaluations dated on or before the as-of date
 * @param finalEvaluationDue whether its period is over, so that its final evaluation is due
 * @param finalEvaluationDone whether it has its final evaluation
 * @param indicators the progress of each of its indicators
 */
public record ContractSummary(String id, String intitule, Stade stade, boolean valid, Map<Severity, Integer> counts,
        boolean voletSanteMentale, boolean clsm, boolean coordination, BigDecimal partArs, int evaluationsDue, int evaluationsDone,
        boolean finalEvaluationDue, boolean finalEvaluationDone, List<IndicatorProgress> indicators) {

    /** Copies the collections. */
    public ContractSummary {
        counts = Map.copyOf(counts);
        indicators = List.copyOf(indicators);
    }

    /** The summary of {@code contrat} on {@code asOf}, with its validation {@code report}. */
    static ContractSummary of(ContratLocalSante contrat, ValidationReport report, LocalDate asOf) {
        // The period as the avenants extend it, as the rules judge it.
        Periode periode = contrat.periodeEffective();
        boolean concluded = contrat.estConclu() && periode != null;
        boolean running = concluded && periode.contient(asOf);
        int due = running ? periode.anneesEcoulees(asOf) : 0;
        int done = (int) contrat.evaluations().stream().filter(e -> e != null && e.date() != null && !e.date().isAfter(asOf)
                && (e.type() == TypeEvaluation.ANNUELLE || e.type() == TypeEvaluation.MI_PARCOURS)).count();
        boolean finalDue = concluded && periode.fin() != null && periode.fin().isBefore(asOf);
        boolean finalDone = contrat.evaluations().stream().anyMatch(e -> e != null && e.type() == TypeEvaluation.FINALE);
        Coordination coordination = contrat.gouvernance() == null ? null : contrat.gouvernance().coordination();
        return new ContractSummary(contrat.id(), contrat.intitule(), Stade.of(contrat, asOf).orElse(null), report.isValid(),
                report.counts(), contrat.comporteUnVoletSanteMentale(), clsm(contrat), coordination != null, partArs(contrat, coordination),
                due, done, finalDue, finalDone, IndicatorProgress.of(contrat, asOf));
    }

    private static boolean clsm(ContratLocalSante contrat) {
        boolean named = contrat.voletSanteMentale() != null && contrat.voletSanteMentale().clsm() != null
                && !contrat.voletSanteMentale().clsm().isBlank();
        return named || contrat.clsm().isPresent();
    }

    /**
     * The share of the ARS: the financings whose funder is the ARS signatory, as rule CLS-STR-16
     * reads them; unknown when one is beyond the model's decimals, whose sum cannot be made.
     */
    private static BigDecimal partArs(ContratLocalSante contrat, Coordination coordination) {
        if (coordination == null
                || coordination.financements().stream().anyMatch(p -> p != null && !Decimaux.dansLesLimites(p.pourcentage()))) {
            return null;
        }
        Set<String> ars = contrat.signataires().stream().filter(s -> s != null && s.type() == TypeOrganisation.ARS && s.nom() != null)
                .map(Signataire::nom).collect(Collectors.toSet());
        return coordination.financements().stream()
                .filter(p -> p != null && p.pourcentage() != null && ars.contains(p.financeur()))
                .map(PartFinancement::pourcentage).reduce(BigDecimal::add).orElse(null);
    }
}
