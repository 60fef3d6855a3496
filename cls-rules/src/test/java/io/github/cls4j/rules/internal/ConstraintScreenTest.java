package io.github.cls4j.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.Contrats;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.json.ContractFormatException;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.rules.exemples.Exemples;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("The constraint screen answers as Hibernate Validator does")
class ConstraintScreenTest {

    private static final Validator HIBERNATE = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Values put in place of each value of a contract: each breaks some constraint, or almost does. */
    private static final List<JsonNode> REPLACEMENTS = List.of(
            NODES.nullNode(), NODES.textNode(""), NODES.textNode("  "), NODES.textNode("\u2003"), NODES.textNode("x"),
            NODES.textNode("99"), NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(1),
            NODES.numberNode(new BigDecimal("100.00")), NODES.numberNode(new BigDecimal("100.01")),
            NODES.numberNode(new BigDecimal("-0.01")), NODES.arrayNode(), NODES.objectNode());

    private final ConstraintScreen screen = new ConstraintScreen(HIBERNATE);

    @Test
    void every_type_of_the_model_is_screened_so_that_no_contract_needs_hibernate_validator_to_pass() {
        assertThat(screen.unscreened(ContratLocalSante.class)).isEmpty();
    }

    @Test
    void a_contract_with_a_value_made_invalid_in_turn_passes_the_screen_exactly_when_hibernate_validator_finds_nothing() {
        List<ContratLocalSante> contracts = new ArrayList<>();
        for (ContratLocalSante base : List.of(Contrats.complet(), Contrats.outreMer(), Contrats.minimal(), Exemples.conforme())) {
            JsonNode tree = MAPPER.readTree(ContractJson.toJson(base));
            contracts.add(base);
            mutations(tree, mutated -> read(mutated).ifPresent(contracts::add));
        }

        int passing = 0;
        for (ContratLocalSante contrat : contracts) {
            boolean valid = HIBERNATE.validate(contrat).isEmpty();
            assertThat(screen.passes(contrat)).as("screen where Hibernate Validator finds %s", HIBERNATE.validate(contrat)).isEqualTo(valid);
            passing += valid ? 1 : 0;
        }
        // Both answers occur many times: the comparison is not vacuous.
        assertThat(passing).isGreaterThan(100);
        assertThat(contracts.size() - passing).isGreaterThan(100);
    }

    @Test
    void an_empty_contract_fails_the_screen() {
        assertThat(screen.passes(ContratLocalSante.builder().build())).isFalse();
    }

    /** Gives {@code consumer} a copy of {@code root} for each value replaced, element added and property removed. */
    private static void mutations(JsonNode root, Consumer<JsonNode> consumer) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        for (JsonNode container : containers) {
            if (container instanceof ObjectNode object) {
                for (String name : List.copyOf(object.propertyNames())) {
                    if (name.equals("schemaVersion")) {
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
                for (JsonNode added : List.of(NODES.nullNode(), NODES.textNode(""), NODES.textNode(" "))) {
                    array.add(added);
                    consumer.accept(root.deepCopy());
                    array.remove(array.size() - 1);
                }
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainer()) {
            containers.add(node);
            node.values().forEach(child -> collect(child, containers));
        }
    }

    private static Optional<ContratLocalSante> read(JsonNode tree) {
        try {
            return Optional.of(ContractJson.parse(MAPPER.writeValueAsString(tree)));
        } catch (ContractFormatException notAContract) {
            return Optional.empty();
        }
    }
}
