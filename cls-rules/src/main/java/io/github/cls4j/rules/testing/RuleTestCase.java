package io.github.cls4j.rules.testing;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.rules.ValidationContext;
import java.util.List;
import java.util.Objects;

/**
 * One case of a case file: a contract, the context it is validated in, and what its report must
 * hold and must not.
 *
 * @param file the case file, as the path of the folder read joined to its name within it
 * @param line the line of its {@code cas:}
 * @param name what the case shows, as its author wrote it
 * @param contrat the contract: the one its file names, with the case's changes
 * @param context its as-of date and profile (French messages)
 * @param expectations what its report must hold ({@code attendu:}) and must not ({@code absent:}), in order
 */
public record RuleTestCase(String file, int line, String name, ContratLocalSante contrat, ValidationContext context,
        List<Expectation> expectations) {

    /** Checks that nothing is missing and copies the expectations. */
    public RuleTestCase {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contrat, "contrat");
        Objects.requireNonNull(context, "context");
        expectations = List.copyOf(expectations);
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + name;
    }
}
