package io.github.cls4j.core.contrat;

import io.github.cls4j.core.commun.Listes;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Where the content of a contract file comes from. Sample contracts written from a public
 * document say which facts the document gives and which were made up to complete the example.
 *
 * @param source the document, e.g. its title and address
 * @param faitsDuDocument facts taken from the document
 * @param faitsIllustratifs facts added for illustration, not found in the document
 */
public record Provenance(
        String source, List<@NotNull String> faitsDuDocument, List<@NotNull String> faitsIllustratifs) {

    /** Normalises the lists; checks nothing. */
    public Provenance {
        faitsDuDocument = Listes.copie(faitsDuDocument);
        faitsIllustratifs = Listes.copie(faitsIllustratifs);
    }
}
