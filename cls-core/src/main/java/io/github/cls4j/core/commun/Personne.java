package io.github.cls4j.core.commun;

/**
 * A person named in a contract: a signatory's representative, a coordinator, a chair.
 *
 * @param nom the name, if the contract gives it
 * @param fonction the office held, e.g. "Directeur général de l'ARS", "Président de la CUA"
 * @param contact an address to reach the person or the post, e.g. a shared mailbox
 */
public record Personne(String nom, String fonction, String contact) {
}
