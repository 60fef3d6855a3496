package io.github.cls4j.rules.internal;

import io.github.cls4j.rules.LegalReference;
import io.github.cls4j.rules.internal.data.DataFiles;
import io.github.cls4j.rules.internal.text.Messages;
import io.github.cls4j.rules.internal.text.References;
import java.util.List;
import java.util.Locale;

/**
 * The titles, messages and sources of the portfolio checks: {@code messages.properties} and
 * {@code messages_en.properties} of the {@code portfolio} folder beside the rules, and the
 * references of the rules. Public for the portfolio package only; not an API.
 */
public final class PortfolioTexts {

    private static final String FOLDER = DataFiles.BUNDLED + "portfolio/";

    private final Messages messages = Messages.bundled(FOLDER);
    private final References references = References.bundled(DataFiles.BUNDLED);

    /** The bundled texts. */
    public PortfolioTexts() {
    }

    /** The message of check {@code id} in {@code locale}, with {@code arguments} put in. */
    public String message(String id, Locale locale, List<String> arguments) {
        return messages.message(id, locale, arguments);
    }

    /** The title of check {@code id} in {@code locale}. */
    public String title(String id, Locale locale) {
        return messages.title(id, locale);
    }

    /** The ids of the checks, from their French titles. */
    public java.util.Set<String> ids() {
        return messages.frenchIds();
    }

    /** The keys of check {@code id} missing in French or English. */
    public List<String> missing(String id) {
        return messages.missing(id);
    }

    /** The source {@code id} of the references of the rules. */
    public LegalReference reference(String id) {
        return references.get(id).orElseThrow(() -> new IllegalStateException("No reference " + id));
    }
}
