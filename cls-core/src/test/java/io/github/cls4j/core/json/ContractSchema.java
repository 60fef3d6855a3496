package io.github.cls4j.core.json;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** The shipped JSON Schema of the format, loaded for tests of every module. */
public final class ContractSchema {

    private static final JsonSchemaFile SCHEMA = JsonSchemaFile.load(ContractJson.class, ContractJson.SCHEMA_RESOURCE);

    private ContractSchema() {
    }

    /** The schema as a JSON tree. */
    public static JsonNode tree() {
        return SCHEMA.tree();
    }

    /** The schema's complaints about a JSON document, empty when it conforms. */
    public static List<String> errors(String json) {
        return SCHEMA.errors(json);
    }
}
