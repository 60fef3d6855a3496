package io.github.cls4j.core.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.cls4j.core.contrat.ContratLocalSante;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads and writes contracts in the cls4j JSON format.
 *
 * <pre>{@code
 * ContratLocalSante contrat = ContractJson.read(Path.of("arras.json"));
 * String json = ContractJson.toJson(contrat);
 * }</pre>
 *
 * <p>A document is a JSON object: {@code "schemaVersion": "1.0"} then the properties of {@link
 * ContratLocalSante}, with the records' own names and ISO dates. Reading is strict (see the
 * package documentation) and every problem is reported as a {@link ContractFormatException}
 * naming the source, line, column and JSON path. Writing omits missing values and empty lists, and
 * reading gives back a contract equal to the one written.
 *
 * <p>The methods are thread-safe and keep no state between calls.
 */
public final class ContractJson {

    /** The version of the format this library reads and writes. */
    public static final String SCHEMA_VERSION = "1.0";

    /** The class-path resource of the JSON Schema (2020-12) of the format. */
    public static final String SCHEMA_RESOURCE = "/io/github/cls4j/core/json/contrat-local-sante.schema.json";

    private static final String SCHEMA_VERSION_PROPERTY = "schemaVersion";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // 1.5 must not become 1, nor "12" become 12: a wrong type is an error, not a guess.
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            // A null inside a list is an error; a null property means "not given".
            .changeDefaultNullHandling(h -> JsonSetter.Value.forContentNulls(Nulls.FAIL))
            // Written in the records' order, which follows the documents ARS write.
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(i -> JsonInclude.Value.construct(
                    JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .withConfigOverride(List.class, o -> o.setInclude(JsonInclude.Value.construct(
                    JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_NULL)))
            .addMixIn(ContratLocalSante.class, SchemaVersionHandledApart.class)
            .build();

    private static final ObjectReader READER = MAPPER.readerFor(ContratLocalSante.class);
    private static final ObjectWriter WRITER = MAPPER.writerFor(VersionedContract.class);

    private ContractJson() {
    }

    /**
     * Reads a contract file.
     *
     * @throws ContractFormatException if the file is not a contract in this format
     * @throws UncheckedIOException if the file cannot be read
     */
    public static ContratLocalSante read(Path file) {
        try {
            return read(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read contract file " + file + ": " + e, e);
        }
    }

    /**
     * Reads a contract from a stream of UTF-8 bytes; the stream is read to its end, not closed.
     *
     * @param source the name of the input for error messages, e.g. a file name or URL
     * @throws ContractFormatException if the input is not a contract in this format
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static ContratLocalSante read(InputStream in, String source) {
        try {
            return read(in.readAllBytes(), source);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read contract " + source + ": " + e, e);
        }
    }

    /**
     * Reads a contract from its JSON text.
     *
     * @param source the name of the input for error messages
     * @throws ContractFormatException if the text is not a contract in this format
     */
    public static ContratLocalSante parse(String json, String source) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(source, "source");
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        checkSchemaVersion(text, source);
        try {
            return READER.readValue(text);
        } catch (JacksonException e) {
            throw new ContractFormatException(source, List.of(JacksonProblems.describe(e, MAPPER, text)));
        }
    }

    /** Reads a contract from its JSON text, named {@code <string>} in error messages. */
    public static ContratLocalSante parse(String json) {
        return parse(json, "<string>");
    }

    /** The contract as a JSON document, indented, with its {@code schemaVersion}. */
    public static String toJson(ContratLocalSante contrat) {
        return WRITER.writeValueAsString(new VersionedContract(SCHEMA_VERSION, contrat)) + "\n";
    }

    /** Writes the contract to a stream as UTF-8; the stream is not closed. */
    public static void write(ContratLocalSante contrat, OutputStream out) {
        try {
            out.write(toJson(contrat).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the contract to a file, replacing it. */
    public static void write(ContratLocalSante contrat, Path file) {
        try {
            Files.writeString(file, toJson(contrat), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write contract file " + file + ": " + e, e);
        }
    }

    private static ContratLocalSante read(byte[] bytes, String source) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ContractFormatException(source, List.of(new JsonProblem(
                    0, 0, "$", "the file is not UTF-8 text (" + e.getMessage() + ")", "a UTF-8 encoded JSON file")));
        }
        return parse(text, source);
    }

    /**
     * Checks the top-level {@code schemaVersion} before binding, so that a file of another
     * version fails on its version rather than on the first property that changed.
     */
    private static void checkSchemaVersion(String text, String source) {
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new ContractFormatException(source, List.of(JacksonProblems.at(parser, "$",
                        first == null ? "the document is empty" : "the document is not a JSON object",
                        "a JSON object holding one contract")));
            }
            JsonProblem missing = JacksonProblems.at(parser, "$",
                    "missing property '" + SCHEMA_VERSION_PROPERTY + "'",
                    "\"" + SCHEMA_VERSION_PROPERTY + "\": \"" + SCHEMA_VERSION + "\" at the top of the document");
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (SCHEMA_VERSION_PROPERTY.equals(name)) {
                    if (value != JsonToken.VALUE_STRING || !SCHEMA_VERSION.equals(parser.getString())) {
                        throw new ContractFormatException(source, List.of(JacksonProblems.at(parser,
                                "$." + SCHEMA_VERSION_PROPERTY,
                                "unsupported format version " + parser.getString(),
                                "\"" + SCHEMA_VERSION + "\", the version this library reads")));
                    }
                    return;
                }
                parser.skipChildren();
            }
            throw new ContractFormatException(source, List.of(missing));
        } catch (JacksonException e) {
            throw new ContractFormatException(source, List.of(JacksonProblems.describe(e, MAPPER, text)));
        }
    }

    /** The root of a written document: the version first, then the contract's own properties. */
    @JsonPropertyOrder({SCHEMA_VERSION_PROPERTY})
    record VersionedContract(String schemaVersion, @JsonUnwrapped ContratLocalSante contrat) {
    }

    /** Lets the contract's reader pass over the version, which is checked before binding. */
    @JsonIgnoreProperties({SCHEMA_VERSION_PROPERTY})
    private interface SchemaVersionHandledApart {
    }
}
