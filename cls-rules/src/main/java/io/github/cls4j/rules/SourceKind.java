package io.github.cls4j.rules;

/**
 * What kind of text a rule's source is, which bounds the severity the rule may give: only a
 * binding text makes an error of law (see {@code docs/severity-policy.md}).
 */
public enum SourceKind {

    /** A binding text: a law, an article of a code, a decree. */
    LAW("texte contraignant"),

    /** A ministerial instruction or circular: it guides the ARS, it does not bind the contract. */
    INSTRUCTION("instruction"),

    /** The guidance of an ARS or of a national body: a guide, a referential, a page. */
    GUIDANCE("guide"),

    /** Practice drawn from contracts, evaluations and studies. */
    PRACTICE("pratique"),

    /**
     * An official register: INSEE's Code officiel géographique, the DGCL's list of EPCI. It says
     * what exists, not what a contract must do: a code it lacks is data that cannot be true.
     */
    OFFICIAL_DATA("données officielles"),

    /** cls4j's own model: the shape and coherence of the data, and its reference data. */
    MODEL("modèle cls4j");

    private final String french;

    SourceKind(String french) {
        this.french = french;
    }

    /** Its name in French, as the rule catalogue prints it, e.g. "texte contraignant". */
    public String french() {
        return french;
    }

    /** Whether a text of this kind binds the contract, so that a rule may make an error of it. */
    public boolean isBinding() {
        return this == LAW;
    }
}
