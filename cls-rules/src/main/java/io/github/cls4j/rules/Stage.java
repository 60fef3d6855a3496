package io.github.cls4j.rules;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.StatutContrat;

/**
 * The stage of a contract a rule applies to, {@code @stage(CONCLU)} or {@code @stage(PROJET)}: the
 * law on the content of a contract binds a concluded one, not a charte d'engagement or a contract
 * being prepared, and some guidance is for projects only. The engine applies it as it applies the
 * rule's dates: the rule's conditions need not test the status, and a report lists a rule that the
 * contract's stage left out ({@link NotApplied.Reason#NOT_AT_ITS_STAGE}).
 */
public enum Stage {

    /** A concluded contract: signed, running, evaluated, ended or renewed ({@link StatutContrat#estConclu()}). */
    CONCLU,

    /** A project: its status says it is not concluded yet (engagement, préfiguration, diagnostic, élaboration). */
    PROJET;

    /** Whether {@code contrat} is at this stage; a contract without a status is at neither. */
    public boolean covers(ContratLocalSante contrat) {
        StatutContrat statut = contrat.statut();
        return statut != null && (this == CONCLU) == statut.estConclu();
    }
}
