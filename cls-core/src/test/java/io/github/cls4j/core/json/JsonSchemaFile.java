package io.github.cls4j.core.json;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON Schema (2020-12) shipped on the class path, loaded for the tests of every module: the
 * contract's and the report's.
 *
 * @param tree the schema as a JSON tree
 * @param schema the schema, ready to validate
 */
public record JsonSchemaFile(JsonNode tree, Schema schema) {

    /** The schema at {@code resource}, looked up on the class path of {@code anchor}. */
    public static JsonSchemaFile load(Class<?> anchor, String resource) {
        try (InputStream in = Objects.requireNonNull(anchor.getResourceAsStream(resource), resource)) {
            JsonNode tree = JsonMapper.shared().readTree(in);
            return new JsonSchemaFile(tree, SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(tree));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema's complaints about a JSON document, empty when it conforms. */
    public List<String> errors(String json) {
        return schema.validate(JsonMapper.shared().readTree(json)).stream().map(Error::toString).toList();
    }

    /** The names of a record's components, in order: what its definition in a schema must list. */
    public static List<String> components(Class<?> record) {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            names.add(c.getName());
        }
        return names;
    }

    /** The names of a JSON object's properties, in order. */
    public static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }
}
