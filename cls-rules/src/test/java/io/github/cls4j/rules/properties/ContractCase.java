package io.github.cls4j.rules.properties;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.core.path.ElementPath;
import io.github.cls4j.rules.JsonMutations;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A generated contract with what it is made of, so that a failing case can be read, reproduced
 * and shrunk: the JSON document, and the {@code null} items put into its lists afterwards (the
 * format cannot hold them, a host building a contract in Java can).
 *
 * @param origin how it was made: the contract it started from and the changes made to it
 * @param json the document, as the format writes it; never holds a {@code null} item
 * @param nullItems where a {@code null} item was inserted, in order, e.g. {@code axes[0].objectifs[1]}
 * @param contrat the contract: {@code json} read, then the {@code null} items inserted
 */
record ContractCase(String origin, String json, List<ElementPath> nullItems, ContratLocalSante contrat) {

    ContractCase {
        nullItems = List.copyOf(nullItems);
    }

    /** The case of a tree and null items, or empty if the format refuses the tree or an item does not fit. */
    static Optional<ContractCase> of(String origin, JsonNode tree, List<ElementPath> nullItems) {
        Optional<ContratLocalSante> read = JsonMutations.read(tree);
        Optional<ContratLocalSante> contrat = read.flatMap(c -> withNullItems(c, nullItems));
        // The document as the format writes the contract read from the tree: what a file would hold.
        return contrat.map(c -> new ContractCase(origin, ContractJson.toJson(read.get()), nullItems, c));
    }

    private static Optional<ContratLocalSante> withNullItems(ContratLocalSante contrat, List<ElementPath> nullItems) {
        Optional<ContratLocalSante> with = Optional.of(contrat);
        for (ElementPath item : nullItems) {
            with = with.flatMap(c -> RecordTree.withNullItem(c, item));
        }
        return with;
    }

    /** Whether the JSON format can hold the contract: it has no {@code null} item. */
    boolean writable() {
        return nullItems.isEmpty();
    }

    /**
     * The same contract made again from its parts: equal to {@link #contrat()}, but made of other
     * instances, which a validation must not tell apart.
     */
    ContratLocalSante freshCopy() {
        return withNullItems(ContractJson.parse(json), nullItems).orElseThrow();
    }

    /** The origin, the null items and the document: enough to write the case again in a test. */
    @Override
    public String toString() {
        return origin + (nullItems.isEmpty() ? "" : "\n  then a null item inserted at " + nullItems) + "\n" + json;
    }
}
