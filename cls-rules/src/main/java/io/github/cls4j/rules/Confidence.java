package io.github.cls4j.rules;

/** How sure the reading of a source is, as the rule catalogue says it. */
public enum Confidence {

    /** The text itself was read, or two independent sources agree. */
    HIGH("élevée"),

    /** One reliable secondary source, or a paraphrase. */
    MEDIUM("moyenne"),

    /** Practice or inference, to be checked against the text. */
    LOW("faible");

    private final String french;

    Confidence(String french) {
        this.french = french;
    }

    /** Its name in French, e.g. "élevée". */
    public String french() {
        return french;
    }
}
