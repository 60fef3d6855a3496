package io.github.cls4j.geography;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the files of a geography, as {@code scripts/geography/regenerate.mjs} writes them: tab-separated
 * lines, each a state of a code with the editions it holds in (a mask of 0 and 1, one character per
 * edition) and its figures in those editions. Every line is checked; the first that is not in the
 * format is a {@link GeographyFormatException} naming the file and line.
 */
final class GeographyFiles {

    static final String EDITIONS = "editions.tsv";
    static final String COMMUNES = "communes.tsv";
    static final String EPCI = "epci.tsv";
    static final String DEPARTEMENTS = "departements.tsv";
    static final String REGIONS = "regions.tsv";
    static final List<String> ALL = List.of(EDITIONS, COMMUNES, EPCI, DEPARTEMENTS, REGIONS);
    /** The most a file may hold: the communes of seven editions are 5 MB. */
    static final long MAX_BYTES = 64L << 20;
    private static final String HEADER = "# editions: ";

    /** One line of a file: its fields and where it is. */
    record Line(String file, int number, String[] fields) {

        GeographyFormatException problem(String message) {
            return new GeographyFormatException(file, number, message);
        }
    }

    /** A state of a code and the editions it holds in. */
    record State<T>(T value, long editions, int[] figures) {
    }

    /**
     * The data lines of a file, kept as its bytes and where each line starts, so that a line is
     * read only when it is asked for.
     */
    static final class Table {

        private final String shown;
        private final byte[] bytes;
        private final int[] starts;
        private final int[] numbers;
        private final int fields;

        private Table(String shown, byte[] bytes, int[] starts, int[] numbers, int fields) {
            this.shown = shown;
            this.bytes = bytes;
            this.starts = starts;
            this.numbers = numbers;
            this.fields = fields;
        }

        /** The number of data lines. */
        int size() {
            return numbers.length;
        }

        /**
         * Field {@code n} (from 0) of data line {@code i}, read without the others: one in ASCII
         * (a code). A tab is never a byte of a longer UTF-8 character, so the fields before may hold any.
         */
        String field(int i, int n) {
            int start = starts[i];
            int end = starts[i + 1];
            for (int skipped = 0; skipped < n && start < end; start++) {
                if (bytes[start] == '\t') {
                    skipped++;
                }
            }
            int stop = start;
            while (stop < end && bytes[stop] != '\t' && bytes[stop] != '\n' && bytes[stop] != '\r') {
                stop++;
            }
            return new String(bytes, start, stop - start, StandardCharsets.ISO_8859_1);
        }

        /** The file line of data line {@code i}, from 1. */
        int number(int i) {
            return numbers[i];
        }

        /** The file, as problems name it. */
        String shown() {
            return shown;
        }

        /** Data line {@code i}, its fields checked to be as many as the file's. */
        Line line(int i) {
            int end = starts[i + 1];
            while (end > starts[i] && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r')) {
                end--;
            }
            String[] values = new String(bytes, starts[i], end - starts[i], StandardCharsets.UTF_8).split("\t", -1);
            if (values.length != fields) {
                throw new GeographyFormatException(shown, numbers[i], values.length + " fields; expected " + fields);
            }
            return new Line(shown, numbers[i], values);
        }
    }

    private final Function<String, byte[]> contents;
    private final Function<String, String> names;
    private final List<Millesime> editions = new ArrayList<>();
    /** Texts that recur (départements, regions, zones, names read twice) kept once. */
    private final Map<String, String> shared = new HashMap<>();

    /** Files whose bytes {@code contents} gives, by name, each shown in problems as {@code names} gives it. */
    GeographyFiles(Function<String, byte[]> contents, Function<String, String> names) {
        this.contents = contents;
        this.names = names;
    }

    /** The bytes of {@code file} in {@code folder}, strictly UTF-8, within {@link #MAX_BYTES}. */
    static byte[] read(Path folder, String file) {
        Path path = folder.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new GeographyFormatException(path.toString(), 0, Files.exists(path) ? "is not a regular file" : "there is no such file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return utf8(in.readNBytes((int) MAX_BYTES + 1), path.toString());
        } catch (IOException e) {
            throw new GeographyFormatException(path.toString(), 0, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * The bytes of the resource {@code file} beside this class. They are not decoded to check that
     * they are UTF-8, as a host's files are: the build checks the bundled files so, and their
     * checksums (GeographyFilesTest), and decoding the communes' 5 MB was a seventh of the
     * geography's first load.
     */
    static byte[] resource(String file) {
        try (InputStream in = GeographyFiles.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + file + " in cls-geography");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file + " in cls-geography", e);
        }
    }

    /** {@code bytes}, once checked to be UTF-8 text within {@link #MAX_BYTES}; kept as bytes, half the size of their text. */
    private static byte[] utf8(byte[] bytes, String file) {
        if (bytes.length > MAX_BYTES) {
            throw new GeographyFormatException(file, 0, "holds more than " + MAX_BYTES + " bytes");
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return bytes;
        } catch (CharacterCodingException e) {
            throw new GeographyFormatException(file, 0, "is not UTF-8 text");
        }
    }

    /** The editions, from {@value #EDITIONS}, in order of their years. */
    List<Millesime> editions() {
        if (editions.isEmpty()) {
            for (Line line : lines(EDITIONS, 4)) {
                int year = integer(line, 0);
                LocalDate day;
                try {
                    day = LocalDate.parse(line.fields()[1]);
                } catch (DateTimeParseException e) {
                    throw line.problem("the day " + line.fields()[1] + " is not a date YYYY-MM-DD");
                }
                if (!editions.isEmpty() && (editions.get(editions.size() - 1).annee() >= year
                        || !editions.get(editions.size() - 1).enVigueurDepuis().isBefore(day))) {
                    throw line.problem("the edition " + year + " (" + day + ") does not come after the one before it");
                }
                editions.add(new Millesime(year, day, line.fields()[2]));
            }
            if (editions.isEmpty()) {
                throw new GeographyFormatException(names.apply(EDITIONS), 0, "lists no edition");
            }
            if (editions.size() > Long.SIZE) {
                throw new GeographyFormatException(names.apply(EDITIONS), 0, "lists more than " + Long.SIZE + " editions");
            }
        }
        return List.copyOf(editions);
    }

    /**
     * The states of {@code file}, whose lines have {@code fields} fields before the editions and
     * figures, each made by {@code state}; a code (the first {@code keyFields} fields) may hold one
     * state per edition.
     */
    <T> List<State<T>> states(String file, int fields, int keyFields, Function<Line, T> state) {
        if (keyFields < 1 || keyFields > 2) {
            throw new IllegalArgumentException("a code is one field or two");
        }
        editions();
        List<Line> lines = lines(file, fields + 2);
        List<State<T>> states = new ArrayList<>(lines.size());
        Map<String, Long> seen = new HashMap<>(lines.size() * 4 / 3 + 1);
        for (Line line : lines) {
            long mask = mask(line, fields);
            String key = keyFields == 1 ? line.fields()[0] : line.fields()[0] + '\t' + line.fields()[1];
            long both = seen.getOrDefault(key, 0L) & mask;
            if (both != 0) {
                throw line.problem(String.join(" ", Arrays.copyOf(line.fields(), keyFields)) + " is given twice in the edition "
                        + editions.get(Long.numberOfTrailingZeros(both)).annee());
            }
            seen.merge(key, mask, (a, b) -> a | b);
            states.add(new State<>(state.apply(line), mask, figures(line, fields, mask)));
        }
        return states;
    }

    /** The state of {@code line}, whose {@code fields} first fields {@code state} reads. */
    <T> State<T> state(Line line, int fields, Function<Line, T> state) {
        long mask = mask(line, fields);
        return new State<>(state.apply(line), mask, figures(line, fields, mask));
    }

    /** The text {@code value}, the same instance for every equal one read while the files are loaded. */
    String shared(String value) {
        return value == null ? null : shared.computeIfAbsent(value, Function.identity());
    }

    /** Called once the files are loaded: the texts kept once are held by what was read, no longer here. */
    void loaded() {
        shared.clear();
    }

    private List<Line> lines(String file, int fields) {
        Table table = table(file, fields);
        List<Line> lines = new ArrayList<>(table.size());
        for (int i = 0; i < table.size(); i++) {
            lines.add(table.line(i));
        }
        return lines;
    }

    /** The data lines of {@code file}, each of {@code fields} fields, after its header is checked. */
    Table table(String file, int fields) {
        byte[] bytes = contents.apply(file);
        String shown = names.apply(file);
        // A byte-order mark, as some editors write one, is not part of the first line.
        int first = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        int[] starts = new int[1024];
        int[] numbers = new int[1024];
        int count = 0;
        int number = 0;
        boolean header = false;
        for (int start = first; start < bytes.length; ) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            number++;
            if (bytes[start] == '#') {
                String comment = new String(bytes, start, end - start, StandardCharsets.UTF_8);
                if (comment.startsWith(HEADER)) {
                    header = true;
                    checkEditions(file, shown, number, comment.substring(HEADER.length()));
                }
            } else if (end > start && !(end == start + 1 && bytes[start] == '\r')) {
                if (count == numbers.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    numbers = Arrays.copyOf(numbers, count * 2);
                }
                starts[count] = start;
                numbers[count++] = number;
            }
            start = end + 1;
        }
        if (!header) {
            throw new GeographyFormatException(shown, 0, "has no line \"" + HEADER.strip() + " …\" naming its editions");
        }
        int[] bounds = Arrays.copyOf(starts, count + 1);
        bounds[count] = bytes.length;
        return new Table(shown, bytes, bounds, Arrays.copyOf(numbers, count), fields);
    }

    /** A file of another set of editions than the geography's is refused: its masks would be read wrong. */
    private void checkEditions(String file, String shown, int number, String years) {
        if (EDITIONS.equals(file)) {
            return;
        }
        String expected = String.join(" ", editions().stream().map(m -> Integer.toString(m.annee())).toList());
        if (!years.strip().equals(expected)) {
            throw new GeographyFormatException(shown, number, "is of the editions " + years.strip() + ", not of those of " + EDITIONS
                    + " (" + expected + ")");
        }
    }

    private long mask(Line line, int at) {
        String mask = line.fields()[at];
        long bits = 0;
        boolean wellFormed = mask.length() == editions.size();
        for (int i = 0; i < mask.length() && wellFormed; i++) {
            char c = mask.charAt(i);
            wellFormed = c == '0' || c == '1';
            bits |= c == '1' ? 1L << i : 0;
        }
        if (!wellFormed || bits == 0) {
            throw line.problem("the editions " + mask + " are not " + editions.size() + " characters 0 or 1, one at least 1");
        }
        return bits;
    }

    /** The figures of the editions of {@code mask}, by edition; {@code -1} where an edition gives none. */
    private int[] figures(Line line, int at, long mask) {
        String[] given = line.fields()[at + 1].split(",", -1);
        if (given.length != Long.bitCount(mask)) {
            throw line.problem(given.length + " figures for " + Long.bitCount(mask) + " editions");
        }
        int[] figures = new int[editions.size()];
        Arrays.fill(figures, -1);
        int next = 0;
        for (int i = 0; i < editions.size(); i++) {
            if ((mask & 1L << i) != 0) {
                String figure = given[next++];
                if (!figure.isEmpty()) {
                    figures[i] = number(line, figure);
                }
            }
        }
        return figures;
    }

    static int integer(Line line, int field) {
        return number(line, line.fields()[field]);
    }

    private static int number(Line line, String text) {
        try {
            int value = Integer.parseInt(text);
            if (value < 0) {
                throw line.problem("the figure " + text + " is negative");
            }
            return value;
        } catch (NumberFormatException e) {
            throw line.problem("the figure " + text + " is not a whole number");
        }
    }
}
