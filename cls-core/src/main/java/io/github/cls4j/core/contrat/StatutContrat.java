package io.github.cls4j.core.contrat;

/** The stage of a contract in its life cycle, from the first commitment to its renewal. */
public enum StatutContrat {
    /** The intention is stated, often in a signed charte d'engagement (Hauts-de-France). */
    ENGAGEMENT,
    /**
     * A contrat de préfiguration is signed: the parties commit to prepare the CLS (diagnostic,
     * governance) before concluding it. It is not the CLS itself, so the law on the content of a
     * concluded contract does not bind it.
     */
    PREFIGURATION,
    /** The shared local health diagnostic is under way. */
    DIAGNOSTIC,
    /** Axes and fiches action are being written with the partners. */
    ELABORATION,
    /** Signed, not yet started. */
    SIGNE,
    /** Running. */
    EN_COURS,
    /** Its final evaluation is done. */
    EVALUE,
    /** Its period has ended. */
    ECHU,
    /** A contract of the next generation has replaced it. */
    RENOUVELE;

    /**
     * Whether the contract is concluded: signed, running, evaluated, ended or renewed. Before that
     * it is a project, which the law on the content of a contract does not bind yet.
     */
    public boolean estConclu() {
        return compareTo(SIGNE) >= 0;
    }
}
