package io.github.cls4j.rules.internal.load;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.rules.ValidationContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * What a validator validates once when it is built, so that the host's first request does not pay
 * for what only the first validation does: loading the classes of the rules' conditions and
 * consequences, of Bean Validation's metadata and of the messages, and initialising the rule
 * network's memory. The contract is a copy of the Arras sample (seed 000, the richest of the
 * source documents, which reaches most conditions; cls-rules cannot depend on cls-samples),
 * under the id {@value #ID} so that a log line of a
 * rule author's rule that fails on it says where it comes from.
 */
public final class WarmUp {

    /** The id of the warm-up contract. */
    public static final String ID = "CLS4J-AMORCAGE";

    private static final String RESOURCE = "/io/github/cls4j/rules/internal/load/amorcage.json";

    /** A day in the contract's period, so that the rules dated by the as-of day run too. */
    private static final ValidationContext CONTEXT = ValidationContext.asOf(LocalDate.of(2026, 11, 23));

    private WarmUp() {
    }

    /** The warm-up contract, read anew (its reading warms the JSON reader as well). */
    public static ContratLocalSante contract() {
        try (InputStream in = WarmUp.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("cls4j: the warm-up contract " + RESOURCE + " is missing from cls-rules");
            }
            return ContractJson.read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The context it is validated in. */
    public static ValidationContext context() {
        return CONTEXT;
    }
}
