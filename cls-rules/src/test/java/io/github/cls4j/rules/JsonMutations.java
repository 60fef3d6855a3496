package io.github.cls4j.rules;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.json.ContractFormatException;
import io.github.cls4j.core.json.ContractJson;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Changes made to a contract through its JSON tree, for tests that need contracts breaking the
 * constraints of the model: a value replaced, a property removed, an item added. Going through
 * the JSON format keeps every change to what a file can hold; a change the format refuses is
 * simply not a contract ({@link #read} is empty).
 */
public final class JsonMutations {

    /** The property that is not the contract's but the format's; changing it only breaks the file. */
    public static final String SCHEMA_VERSION = "schemaVersion";

    /** Reads decimals as they are written: as doubles, {@code 100.00} would come back {@code 100.0}, another contract. */
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Values put in place of a value of a contract: each breaks some constraint, or almost does. */
    public static final List<JsonNode> REPLACEMENTS = List.of(
            NODES.nullNode(), NODES.textNode(""), NODES.textNode("  "), NODES.textNode("\u2003"), NODES.textNode("x"),
            NODES.textNode("99"), NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(1),
            NODES.numberNode(new BigDecimal("100.00")), NODES.numberNode(new BigDecimal("100.01")),
            NODES.numberNode(new BigDecimal("-0.01")), NODES.arrayNode(), NODES.objectNode());

    /** Items appended to a list: the format refuses a {@code null} item, blank texts pass. */
    public static final List<JsonNode> ADDED_ITEMS = List.of(NODES.nullNode(), NODES.textNode(""), NODES.textNode(" "));

    private JsonMutations() {
    }

    /** The JSON tree of {@code contrat}, as the format writes it; reading the tree gives {@code contrat} back. */
    public static JsonNode tree(ContratLocalSante contrat) {
        return MAPPER.readTree(ContractJson.toJson(contrat));
    }

    /** The contract a tree holds, or empty if the format refuses the tree. */
    public static Optional<ContratLocalSante> read(JsonNode tree) {
        try {
            return Optional.of(ContractJson.parse(MAPPER.writeValueAsString(tree)));
        } catch (ContractFormatException notAContract) {
            return Optional.empty();
        }
    }

    /**
     * Every object and array of the tree by its JSON Pointer ({@code ""} for the root, {@code
     * /axes/0} for an axis), in document order.
     */
    public static Map<String, JsonNode> containers(JsonNode root) {
        Map<String, JsonNode> containers = new LinkedHashMap<>();
        collect("", root, containers);
        return containers;
    }

    /**
     * Gives {@code consumer} a copy of {@code root} for each single change: each value of each
     * object replaced by each of {@link #REPLACEMENTS} then removed, and each of {@link
     * #ADDED_ITEMS} appended to each array. {@code root} is the same again afterwards.
     */
    public static void eachSingleChange(JsonNode root, Consumer<JsonNode> consumer) {
        for (JsonNode container : containers(root).values()) {
            if (container instanceof ObjectNode object) {
                for (String name : List.copyOf(object.propertyNames())) {
                    if (name.equals(SCHEMA_VERSION)) {
                        continue;
                    }
                    JsonNode original = object.get(name);
                    for (JsonNode replacement : REPLACEMENTS) {
                        object.set(name, replacement);
                        consumer.accept(root.deepCopy());
                    }
                    object.remove(name);
                    consumer.accept(root.deepCopy());
                    object.set(name, original);
                }
            } else if (container instanceof ArrayNode array) {
                for (JsonNode added : ADDED_ITEMS) {
                    array.add(added);
                    consumer.accept(root.deepCopy());
                    array.remove(array.size() - 1);
                }
            }
        }
    }

    private static void collect(String pointer, JsonNode node, Map<String, JsonNode> containers) {
        if (node instanceof ObjectNode object) {
            containers.put(pointer, object);
            object.properties().forEach(p -> collect(pointer + "/" + escape(p.getKey()), p.getValue(), containers));
        } else if (node instanceof ArrayNode array) {
            containers.put(pointer, array);
            for (int i = 0; i < array.size(); i++) {
                collect(pointer + "/" + i, array.get(i), containers);
            }
        }
    }

    /** A property name as a JSON Pointer token (RFC 6901). */
    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
