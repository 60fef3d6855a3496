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
 * @param kind what kind of text it is; {@code null} when its file does not say, which is read as a
 *     text that does not bind
 * @param words the words of the source the rules rest on, quoted, or how the practice is stated;
 *     {@code null} when not recorded
 * @param confidence how sure the reading of the source is; {@code null} when not recorded
 * @param region the INSEE code of the region whose guidance it is, or {@code null} for a national
 *     source
 */
public record LegalReference(String id, String title, String article, URI url, SourceKind kind, String words,
        Confidence confidence, String region) {

    /** Checks that the reference has an id and a title. */
    public LegalReference {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }

    /** Whether it is a binding text (a law, a code article, a decree). */
    public boolean isBinding() {
        return kind != null && kind.isBinding();
    }

    /** The title followed by the article, e.g. "Code de la santé publique, art. L1434-10 IV". */
    public String citation() {
        return article == null ? title : title + ", art. " + article;
    }
}
