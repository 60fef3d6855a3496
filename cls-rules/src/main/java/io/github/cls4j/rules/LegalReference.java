package io.github.cls4j.rules;

import java.net.URI;
import java.util.Objects;

/**
 * The source a rule encodes: a legal text, an ARS guideline or, for coherence rules, the model
 * itself.
 *
 * @param id the key rules use in their {@code @reference} metadata, e.g. {@code CSP-L1434-10-IV}
 * @param title the title of the text, in French, e.g. "Code de la santé publique"
 * @param article the article or section, e.g. "L1434-10 IV"; {@code null} for a whole text
 * @param url where to read it; {@code null} when no stable address is known
 */
public record LegalReference(String id, String title, String article, URI url) {

    /** Checks that the reference has an id and a title. */
    public LegalReference {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }

    /** The title followed by the article, e.g. "Code de la santé publique, art. L1434-10 IV". */
    public String citation() {
        return article == null ? title : title + ", art. " + article;
    }
}
