package io.github.cls4j.core.json;

import io.github.cls4j.core.contrat.ContratLocalSante;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads contract documents within {@link ReadLimits}; get one from {@link
 * ContractJson#reader(ReadLimits)}. A reader is immutable and thread-safe: build it once, share
 * it.
 *
 * <p>Every input that is not a readable contract raises a {@link ContractFormatException} naming
 * the source, the line and column or JSON path, what is wrong and what was expected; an input
 * that cannot be read at all (a missing file) raises a {@link ContractUnreadableException}, an
 * {@link UncheckedIOException} that says why as an {@link UnreadableReason}. Nothing else escapes.
 */
public final class ContractReader {

    private static final String SCHEMA_VERSION_PROPERTY = ContractJson.SCHEMA_VERSION_PROPERTY;

    private final ReadLimits limits;
    private final JsonMapper mapper;
    private final ObjectReader reader;

    ContractReader(ReadLimits limits, JsonMapper mapper) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.mapper = mapper;
        this.reader = mapper.readerFor(ContratLocalSante.class);
    }

    /** The limits this reader applies. */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads a contract file.
     *
     * @throws ContractFormatException if the file is not a contract in this format or is beyond the limits
     * @throws ContractUnreadableException if the file cannot be read
     */
    public ContratLocalSante read(Path file) {
        try {
            // Only a regular file, and never more than the limit, counted while reading: a device
            // or a link to one reports a size of 0 and never ends, a FIFO blocks.
            return read(InputFile.read(file, limits.maxBytes()), file.toString());
        } catch (InputFile.TooLarge e) {
            throw tooLarge(file.toString());
        } catch (IOException e) {
            UnreadableReason why = UnreadableReason.of(e);
            throw new ContractUnreadableException("Cannot read contract file " + file + ": " + InputFile.describe(e), file.toString(), why, e);
        }
    }

    /**
     * Reads a contract from a stream of UTF-8 bytes; the stream is read to its end or to the size
     * limit, and not closed.
     *
     * @param source the name of the input for error messages, e.g. a file name or URL
     * @throws ContractFormatException if the input is not a contract in this format or is beyond the limits
     * @throws ContractUnreadableException if the stream cannot be read
     */
    public ContratLocalSante read(InputStream in, String source) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(limits.maxBytes() + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > limits.maxBytes()) {
                throw tooLarge(source);
            }
            return read(bytes, source);
        } catch (IOException e) {
            UnreadableReason why = UnreadableReason.of(e);
            throw new ContractUnreadableException("Cannot read contract " + source + ": " + InputFile.describe(e), source, why, e);
        }
    }

    /**
     * Reads a contract from its JSON text.
     *
     * @param source the name of the input for error messages
     * @throws ContractFormatException if the text is not a contract in this format or is beyond the limits
     */
    public ContratLocalSante parse(String json, String source) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(source, "source");
        if (json.length() > limits.maxBytes()) {
            throw tooLarge(source);
        }
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        checkSchemaVersion(text, source);
        try {
            return reader.readValue(text);
        } catch (JacksonException e) {
            throw new ContractFormatException(source, List.of(JacksonProblems.describe(e, mapper, text)));
        }
    }

    private ContractFormatException tooLarge(String source) {
        return new ContractFormatException(source, List.of(new JsonProblem(0, 0, "$",
                LocalizedText.of("problem.tooLarge", limits.maxBytes()),
                LocalizedText.of("expected.atMostBytes", limits.maxBytes()))));
    }

    private ContratLocalSante read(byte[] bytes, String source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never takes fewer bytes than UTF-16 chars.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw notUtf8(bytes, in.position(), source);
        }
        decoder.flush(out);
        return parse(out.flip().toString(), source);
    }

    /** The first byte that is not UTF-8, with its line and column (in characters) in the text before it. */
    private static ContractFormatException notUtf8(byte[] bytes, int offset, String source) {
        if (offset == 0 && bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            // A byte-order mark of UTF-16, which Windows tools write (Notepad's "Unicode", PowerShell 5's redirections).
            return new ContractFormatException(source, List.of(new JsonProblem(1, 1, "$",
                    LocalizedText.of("problem.utf16", String.format("%02X%02X", bytes[0] & 0xFF, bytes[1] & 0xFF)),
                    LocalizedText.of("expected.utf8"))));
        }
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                // Continuation bytes belong to the character their lead byte started.
                column++;
            }
        }
        return new ContractFormatException(source, List.of(new JsonProblem(line, column, "$",
                LocalizedText.of("problem.notUtf8", String.format("%02X", bytes[offset] & 0xFF)),
                LocalizedText.of("expected.utf8"))));
    }

    /**
     * Checks the top-level {@code schemaVersion} before binding, so that a file of another
     * version fails on its version rather than on the first property that changed.
     */
    private void checkSchemaVersion(String text, String source) {
        try (JsonParser parser = mapper.createParser(text)) {
            checkSchemaVersion(parser, source);
        } catch (JacksonException e) {
            throw new ContractFormatException(source, List.of(JacksonProblems.describe(e, mapper, text)));
        }
    }

    private static void checkSchemaVersion(JsonParser parser, String source) {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            throw new ContractFormatException(source, List.of(JacksonProblems.at(parser, "$",
                    LocalizedText.of(first == null ? "problem.empty" : "problem.notObject"),
                    LocalizedText.of("expected.objectHoldingContract"))));
        }
        JsonProblem missing = JacksonProblems.at(parser, "$",
                LocalizedText.of("problem.missingSchemaVersion", SCHEMA_VERSION_PROPERTY),
                LocalizedText.of("expected.schemaVersion", SCHEMA_VERSION_PROPERTY, ContractJson.SCHEMA_VERSION));
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (SCHEMA_VERSION_PROPERTY.equals(name)) {
                if (value != JsonToken.VALUE_STRING || !ContractJson.SCHEMA_VERSION.equals(parser.getString())) {
                    throw new ContractFormatException(source, List.of(JacksonProblems.at(parser,
                            "$." + SCHEMA_VERSION_PROPERTY,
                            LocalizedText.of("problem.unsupportedVersion", parser.getString()),
                            LocalizedText.of("expected.supportedVersion", ContractJson.SCHEMA_VERSION))));
                }
                return;
            }
            parser.skipChildren();
        }
        throw new ContractFormatException(source, List.of(missing));
    }
}
