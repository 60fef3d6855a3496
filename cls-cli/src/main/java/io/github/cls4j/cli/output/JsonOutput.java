package io.github.cls4j.cli.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Function;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the command line writes JSON: indented, dates as {@code 2026-11-23}, each value written to
 * its writer as it is made rather than built as one text first (a report of 300,000 findings is
 * hundreds of megabytes).
 */
public final class JsonOutput {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            // The writer is the command's (standard output, a report file): its owner closes it.
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private JsonOutput() {
    }

    /** Writes {@code value} as JSON text on {@code out}, followed by a line break; {@code out} stays open. */
    public static void write(Object value, Writer out) {
        MAPPER.writeValue(out, value);
        println(out);
    }

    /**
     * Writes {@code values} as one JSON array on {@code out}, followed by a line break, each item
     * made by {@code item} as it is written; {@code out} stays open.
     */
    public static <T> void writeArray(Iterable<T> values, Function<T, Object> item, Writer out) {
        Array array = array(out);
        for (T value : values) {
            array.add(item.apply(value));
        }
        array.close();
    }

    /** A JSON array being written on {@code out}: its items one at a time, then {@link Array#close()}. */
    public static Array array(Writer out) {
        return new Array(MAPPER.writer().writeValuesAsArray(out), out);
    }

    /** A JSON array being written, its items written as they are given. */
    public static final class Array {

        private final SequenceWriter items;
        private final Writer out;

        private Array(SequenceWriter items, Writer out) {
            this.items = items;
            this.out = out;
        }

        /** Writes {@code item}. */
        public void add(Object item) {
            items.write(item);
        }

        /** Ends the array and its line; the writer stays open. */
        public void close() {
            items.close();
            println(out);
        }
    }

    private static void println(Writer out) {
        try {
            out.write(System.lineSeparator());
        } catch (IOException e) {
            // A PrintWriter, as the commands give, never throws; a failed write is checked where it is made.
            throw new UncheckedIOException(e);
        }
    }
}
