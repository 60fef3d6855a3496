package io.github.cls4j.core.json;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped JSON Schema of the format, loaded for tests of every module. */
public final class ContractSchema {

    private static final Schema SCHEMA = load();

    private ContractSchema() {
    }

    /** The schema as a JSON tree. */
    public static JsonNode tree() {
        try (InputStream in = ContractJson.class.getResourceAsStream(ContractJson.SCHEMA_RESOURCE)) {
            return JsonMapper.shared().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema's complaints about a JSON document, empty when it conforms. */
    public static List<String> errors(String json) {
        return SCHEMA.validate(JsonMapper.shared().readTree(json)).stream().map(Error::toString).toList();
    }

    private static Schema load() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(tree());
    }
}
