package io.github.cls4j.rules.properties;

import io.github.cls4j.core.Contrats;
import io.github.cls4j.core.RandomContracts;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.StatutContrat;
import io.github.cls4j.core.contrat.TypeDispositif;
import io.github.cls4j.core.contrat.TypeEvaluation;
import io.github.cls4j.core.contrat.TypeOrganisation;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.core.path.ElementPath;
import io.github.cls4j.core.strategie.ChampLegal;
import io.github.cls4j.core.strategie.Frequence;
import io.github.cls4j.core.strategie.PublicCible;
import io.github.cls4j.core.strategie.StatutAction;
import io.github.cls4j.core.strategie.Thematique;
import io.github.cls4j.core.strategie.TypeIndicateur;
import io.github.cls4j.core.territoire.TypeTerritoire;
import io.github.cls4j.rules.JsonMutations;
import io.github.cls4j.rules.exemples.BundledCases;
import io.github.cls4j.rules.testing.RuleTestCase;
import io.github.cls4j.rules.exemples.Exemples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates contracts for the property tests, good and bad, and shrinks a failing one.
 *
 * <p>A case starts from one of three kinds of contract: a {@link RandomContracts} contract (every
 * field sometimes missing, texts and codes often malformed); an example of the rule catalogue
 * (the conforming contract with one thing changed so that one rule fires or is spared); or one of
 * the hand-written contracts of the model's tests. Then up to {@value #MAX_CHANGES} changes are
 * made to its JSON tree with {@link JsonMutations}: a value replaced by a breaking value, a code,
 * a date or an enum name, a property removed, two texts swapped (a period's ends reversed), a
 * list item removed, duplicated or added blank. A change the format refuses is drawn again.
 * Last, when asked, a {@code null} item may be put into a list, which only a Java host can do.
 *
 * <p>Shrinking works on the document: it removes the {@code null} items, then tries the empty
 * contract, then removes properties and list items and shortens texts, biggest parts first, so
 * that a counter-example ends as a small contract that still fails.
 */
final class ContractCases {

    static final int MAX_CHANGES = 5;

    private static final String SHRUNK = "\n  then shrunk";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Values that mean something to the rules: codes good and bad, dates on both sides of the law's, enum names. */
    private static final List<JsonNode> DOMAIN_VALUES = domainValues();

    /** The cases of the bundled rules (each targets one rule), every one of them read from the JSON format. */
    private static final List<RuleTestCase> EXAMPLES = BundledCases.CASES.cases();

    private ContractCases() {
    }

    /** A contract the JSON format can hold. */
    static ContractCase writable(Random random) {
        return generate(random, false);
    }

    /** A contract a Java host can build: sometimes with a {@code null} item in a list. */
    static ContractCase any(Random random) {
        return generate(random, true);
    }

    private static ContractCase generate(Random random, boolean nullItems) {
        StringBuilder origin = new StringBuilder();
        JsonNode tree = JsonMutations.tree(base(random, origin));
        int changes = random.nextInt(MAX_CHANGES + 1);
        for (int i = 0; i < changes; i++) {
            for (int attempt = 0; attempt < 20; attempt++) {
                JsonNode changed = tree.deepCopy();
                Optional<String> change = change(changed, random);
                if (change.isPresent() && JsonMutations.read(changed).isPresent()) {
                    tree = changed;
                    origin.append("\n  then ").append(change.get());
                    break;
                }
            }
        }
        ContractCase written = ContractCase.of(origin.toString(), tree, List.of()).orElseThrow();
        if (!nullItems || random.nextInt(4) != 0) {
            return written;
        }
        ContratLocalSante contrat = written.contrat();
        List<ElementPath> items = new ArrayList<>();
        for (int i = 0, count = 1 + random.nextInt(2); i < count; i++) {
            List<ElementPath> lists = RecordTree.lists(contrat);
            ElementPath list = lists.get(random.nextInt(lists.size()));
            int size = ((List<?>) RecordTree.lookup(contrat, list).value()).size();
            ElementPath item = ElementPath.parse(list + "[" + random.nextInt(size + 1) + "]");
            contrat = RecordTree.withNullItem(contrat, item).orElseThrow();
            items.add(item);
        }
        return ContractCase.of(origin.toString(), tree, items).orElseThrow();
    }

    private static ContratLocalSante base(Random random, StringBuilder origin) {
        int kind = random.nextInt(20);
        if (kind < 9) {
            long seed = random.nextLong();
            origin.append("RandomContracts.contract(").append(seed).append("L)");
            return RandomContracts.contract(seed);
        }
        if (kind < 17) {
            RuleTestCase exemple = EXAMPLES.get(random.nextInt(EXAMPLES.size()));
            origin.append("le cas « ").append(exemple).append(" »");
            return exemple.contrat();
        }
        return switch (random.nextInt(4)) {
            case 0 -> named(origin, "Contrats.complet()", Contrats.complet());
            case 1 -> named(origin, "Contrats.outreMer()", Contrats.outreMer());
            case 2 -> named(origin, "Contrats.minimal()", Contrats.minimal());
            default -> named(origin, "Exemples.conforme()", Exemples.conforme());
        };
    }

    private static ContratLocalSante named(StringBuilder origin, String name, ContratLocalSante contrat) {
        origin.append(name);
        return contrat;
    }

    /** Makes one change to {@code root} in place and says what it was, or empty if there was nothing to change. */
    private static Optional<String> change(JsonNode root, Random random) {
        List<Map.Entry<String, JsonNode>> containers = List.copyOf(JsonMutations.containers(root).entrySet());
        Map.Entry<String, JsonNode> site = containers.get(random.nextInt(containers.size()));
        String at = site.getKey();
        if (site.getValue() instanceof ObjectNode object) {
            List<String> names = object.propertyNames().stream().filter(n -> !n.equals(JsonMutations.SCHEMA_VERSION)).toList();
            if (names.isEmpty()) {
                return Optional.empty();
            }
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(4)) {
                case 0 -> {
                    JsonNode value = JsonMutations.REPLACEMENTS.get(random.nextInt(JsonMutations.REPLACEMENTS.size()));
                    object.set(name, value);
                    return Optional.of("replaced " + at + "/" + name + " by " + value);
                }
                case 1 -> {
                    JsonNode value = DOMAIN_VALUES.get(random.nextInt(DOMAIN_VALUES.size()));
                    object.set(name, value);
                    return Optional.of("replaced " + at + "/" + name + " by " + value);
                }
                case 2 -> {
                    object.remove(name);
                    return Optional.of("removed " + at + "/" + name);
                }
                default -> {
                    // Texts only: dates, codes and names, so that a period's ends or two dates get reversed.
                    List<String> texts = names.stream().filter(n -> object.get(n).isString()).toList();
                    if (texts.size() < 2) {
                        return Optional.empty();
                    }
                    String other = texts.get(random.nextInt(texts.size()));
                    String first = texts.get(random.nextInt(texts.size()));
                    JsonNode kept = object.get(first);
                    object.set(first, object.get(other));
                    object.set(other, kept);
                    return Optional.of("swapped " + at + "/" + first + " and " + at + "/" + other);
                }
            }
        }
        ArrayNode array = (ArrayNode) site.getValue();
        int action = random.nextInt(3);
        if (action == 0 && !array.isEmpty()) {
            int index = random.nextInt(array.size());
            array.remove(index);
            return Optional.of("removed " + at + "/" + index);
        }
        if (action == 1 && !array.isEmpty()) {
            int index = random.nextInt(array.size());
            array.add(array.get(index).deepCopy());
            return Optional.of("appended a copy of " + at + "/" + index);
        }
        JsonNode added = switch (random.nextInt(3)) {
            case 0 -> JsonMutations.ADDED_ITEMS.get(random.nextInt(JsonMutations.ADDED_ITEMS.size()));
            case 1 -> DOMAIN_VALUES.get(random.nextInt(DOMAIN_VALUES.size()));
            default -> NODES.objectNode();
        };
        array.add(added);
        return Optional.of("appended " + added + " to " + at);
    }

    /**
     * Smaller cases than {@code failing}, biggest cut first, lazily: each is checked in turn, and
     * the first that still fails replaces it.
     */
    static Stream<ContractCase> shrink(ContractCase failing) {
        String origin = failing.origin().endsWith(SHRUNK) ? failing.origin() : failing.origin() + SHRUNK;
        JsonNode document = JsonMutations.tree(ContractJson.parse(failing.json()));
        Stream<List<ElementPath>> fewerNullItems = Stream.iterate(0, i -> i < failing.nullItems().size(), i -> i + 1)
                .map(i -> {
                    List<ElementPath> items = new ArrayList<>(failing.nullItems());
                    items.remove((int) i);
                    return items;
                });
        JsonNode empty = NODES.objectNode().put(JsonMutations.SCHEMA_VERSION, ContractJson.SCHEMA_VERSION);
        Stream<JsonNode> smallerDocuments = Stream.concat(Stream.of(empty).filter(e -> !e.equals(document)), smallerTrees(document));
        return Stream.concat(
                        fewerNullItems.map(items -> ContractCase.of(origin, document, items)),
                        smallerDocuments.map(tree -> ContractCase.of(origin, tree, failing.nullItems())))
                .flatMap(Optional::stream);
    }

    /** Copies of {@code root} with one part less: a property, a list item, or half a text. */
    private static Stream<JsonNode> smallerTrees(JsonNode root) {
        List<String> pointers = List.copyOf(JsonMutations.containers(root).keySet());
        return pointers.stream().flatMap(pointer -> {
            JsonNode container = root.at(pointer);
            if (container instanceof ObjectNode object) {
                List<String> names = object.propertyNames().stream().filter(n -> !n.equals(JsonMutations.SCHEMA_VERSION)).toList();
                Stream<JsonNode> removed = names.stream().map(name -> {
                    JsonNode copy = root.deepCopy();
                    ((ObjectNode) copy.at(pointer)).remove(name);
                    return copy;
                });
                Stream<JsonNode> shortened = names.stream()
                        .filter(name -> object.get(name).isString() && object.get(name).stringValue().length() > 1)
                        .map(name -> {
                            JsonNode copy = root.deepCopy();
                            ((ObjectNode) copy.at(pointer)).put(name, firstHalf(object.get(name).stringValue()));
                            return copy;
                        });
                return Stream.concat(removed, shortened);
            }
            return Stream.iterate(container.size() - 1, i -> i >= 0, i -> i - 1).map(i -> {
                JsonNode copy = root.deepCopy();
                ((ArrayNode) copy.at(pointer)).remove(i);
                return copy;
            });
        });
    }

    /** The first half of {@code text}, by code points, so that no surrogate pair is cut. */
    private static String firstHalf(String text) {
        return text.substring(0, text.offsetByCodePoints(0, text.codePointCount(0, text.length()) / 2));
    }

    private static List<JsonNode> domainValues() {
        List<JsonNode> values = new ArrayList<>();
        Stream.of("62041", "2A004", "97411", "2A", "00000", "QN06201M", "QP062001", "Q", "246200364", "200033579",
                "123456789", "32", "11", "76", "99", "HDF-COS-3", "HDF-SRS23-3", "OCC-1", "ARS Hauts-de-France",
                "Communauté Urbaine d'Arras", "1990-01-01", "2022-02-22", "2022-02-23", "2024-03-15", "2026-11-23",
                "2099-12-31").map(NODES::textNode).forEach(values::add);
        Stream.of(StatutContrat.class, TypeOrganisation.class, TypeDispositif.class, TypeEvaluation.class,
                        TypeTerritoire.class, Thematique.class, ChampLegal.class, PublicCible.class, StatutAction.class,
                        TypeIndicateur.class, Frequence.class)
                .flatMap(type -> Stream.of(type.getEnumConstants()))
                .map(constant -> NODES.textNode(constant.name()))
                .forEach(values::add);
        return List.copyOf(values);
    }
}
