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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
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
 * naming the source, line, column and JSON path. The static methods read within the {@linkplain
 * ReadLimits#defaults() default limits}; {@link #reader(ReadLimits)} gives a reader with others.
 * Writing omits missing values and empty lists, and reading gives back a contract equal to the one
 * written.
 *
 * <p>The methods are thread-safe and keep no state between calls.
 */
public final class ContractJson {

    /** The version of the format this library reads and writes. */
    public static final String SCHEMA_VERSION = "1.0";

    /** The class-path resource of the JSON Schema (2020-12) of the format. */
    public static final String SCHEMA_RESOURCE = "/io/github/cls4j/core/json/contrat-local-sante.schema.json";

    static final String SCHEMA_VERSION_PROPERTY = "schemaVersion";

    private static final JsonMapper MAPPER = mapper(ReadLimits.defaults());
    private static final ContractReader DEFAULT_READER = new ContractReader(ReadLimits.defaults(), MAPPER);

    private ContractJson() {
    }

    /**
     * A reader of contracts within other limits than the {@linkplain ReadLimits#defaults()
     * defaults}, which the static methods of this class apply.
     */
    public static ContractReader reader(ReadLimits limits) {
        return new ContractReader(limits, mapper(limits));
    }

    private static JsonMapper mapper(ReadLimits limits) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxBytes())
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxTokenCount(limits.maxTokens())
                .build();
        return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build())
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
            // A decimal whose magnitude or precision no contract can mean is refused where it is written.
            .addModule(new SimpleModule("cls4j-decimals").addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer()))
            .addModule(ReflectiveCreators.module())
            .build();
    }

    /**
     * Reads a contract file.
     *
     * @throws ContractFormatException if the file is not a contract in this format
     * @throws UncheckedIOException if the file cannot be read
     */
    public static ContratLocalSante read(Path file) {
        return DEFAULT_READER.read(file);
    }

    /**
     * Reads a contract from a stream of UTF-8 bytes; the stream is read to its end, not closed.
     *
     * @param source the name of the input for error messages, e.g. a file name or URL
     * @throws ContractFormatException if the input is not a contract in this format
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static ContratLocalSante read(InputStream in, String source) {
        return DEFAULT_READER.read(in, source);
    }

    /**
     * Reads a contract from its JSON text.
     *
     * @param source the name of the input for error messages
     * @throws ContractFormatException if the text is not a contract in this format
     */
    public static ContratLocalSante parse(String json, String source) {
        return DEFAULT_READER.parse(json, source);
    }

    /** Reads a contract from its JSON text, named {@code <string>} in error messages. */
    public static ContratLocalSante parse(String json) {
        return parse(json, "<string>");
    }

    /** The contract as a JSON document, indented, with its {@code schemaVersion}. */
    public static String toJson(ContratLocalSante contrat) {
        return Writing.WRITER.writeValueAsString(new VersionedContract(SCHEMA_VERSION, contrat)) + "\n";
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

    /**
     * The writer, made at the first contract written: it builds the serializers of the whole
     * model at once (Jackson fetches the root's eagerly), which a program that only reads
     * contracts, as the command line's {@code validate} does, need not pay for at its start.
     */
    private static final class Writing {
        static final ObjectWriter WRITER = MAPPER.writerFor(VersionedContract.class);
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
