package io.github.cls4j.core.json;

import static io.github.cls4j.core.json.JsonSchemaFile.components;
import static io.github.cls4j.core.json.JsonSchemaFile.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.Contrats;
import io.github.cls4j.core.RandomContracts;
import io.github.cls4j.core.contrat.ContratLocalSante;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

@DisplayName("The shipped JSON Schema (2020-12) describes exactly what the library writes")
class ContractSchemaTest {

    static LongStream seeds() {
        return LongStream.range(0, 100);
    }

    @ParameterizedTest(name = "random contract of seed {0}")
    @MethodSource("seeds")
    void every_written_contract_conforms(long seed) {
        assertThat(ContractSchema.errors(ContractJson.toJson(RandomContracts.contract(seed)))).isEmpty();
    }

    @Test
    void the_complete_and_minimal_contracts_conform() {
        assertThat(ContractSchema.errors(ContractJson.toJson(Contrats.complet()))).isEmpty();
        assertThat(ContractSchema.errors(ContractJson.toJson(Contrats.minimal()))).isEmpty();
    }

    @Test
    void the_schema_refuses_what_the_reader_refuses() {
        String valid = ContractJson.toJson(Contrats.complet());

        assertThat(ContractSchema.errors(valid.replace("\"intitule\" : \"Faciliter", "\"intitulé\" : \"Faciliter")))
                .singleElement().asString().contains("intitulé");
        assertThat(ContractSchema.errors(valid.replace("\"EN_COURS\"", "\"ACTIF\""))).isNotEmpty();
        assertThat(ContractSchema.errors(valid.replace("\"schemaVersion\" : \"1.0\",", ""))).isNotEmpty();
        assertThat(ContractSchema.errors(valid.replace("\"generation\" : 2", "\"generation\" : \"2\""))).isNotEmpty();
    }

    @Test
    void each_definition_lists_exactly_the_components_of_its_record() {
        JsonNode schema = ContractSchema.tree();
        Map<String, Class<?>> records = new LinkedHashMap<>();
        collectRecords(ContratLocalSante.class, records);
        records.remove(ContratLocalSante.class.getSimpleName());

        assertThat(names(schema.get("$defs"))).containsExactlyInAnyOrderElementsOf(records.keySet());
        for (Class<?> record : records.values()) {
            assertThat(names(schema.get("$defs").get(record.getSimpleName()).get("properties")))
                    .as(record.getSimpleName())
                    .containsExactlyElementsOf(components(record));
        }
        List<String> root = new ArrayList<>(List.of("schemaVersion"));
        root.addAll(components(ContratLocalSante.class));
        assertThat(names(schema.get("properties"))).containsExactlyElementsOf(root);
    }

    private static void collectRecords(Class<?> type, Map<String, Class<?>> records) {
        if (!type.isRecord() || type.getPackageName().endsWith(".code")
                || records.put(type.getSimpleName(), type) != null) {
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            collectRecords(c.getType(), records);
            Type generic = c.getGenericType();
            if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> item) {
                collectRecords(item, records);
            }
        }
    }
}
