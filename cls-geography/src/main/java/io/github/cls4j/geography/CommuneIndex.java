package io.github.cls4j.geography;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The communes of a geography, kept as the lines of their file and read when asked for: 75,000
 * states of 38,000 codes, of which a validation reads a few. The file's lines are in order of their
 * codes, so that the states of a code are one run of lines, found by a binary search.
 *
 * <p>The states of a code once read are kept, up to {@value #KEPT} codes: a validation asks for each
 * commune of its territory several times (its entry, what it became, its editions), and a host
 * validates the same territories again; past the bound the kept states are dropped, so that
 * the memory held stays within what {@value #KEPT} communes take whatever is asked (a few more for
 * an instant when threads add codes at once: the bound is checked, not locked).
 */
final class CommuneIndex {

    /** The fields of a commune before its editions and figures. */
    static final int FIELDS = 9;
    private static final int ANCIENS_CODES = 8;

    private final GeographyFiles.Table table;
    private final Function<GeographyFiles.Line, GeographyFiles.State<CommuneCog>> reader;
    /** The distinct codes, in order, and the first line of each; {@code first[codes.length]} ends the last. */
    private final String[] codes;
    private final int[] first;
    /** The lines that list a code among their former codes, by that code. */
    private final Map<String, int[]> byFormerCode;
    /** The states read, by code; about {@link #KEPT} codes at most. */
    private final Map<String, List<GeographyFiles.State<CommuneCog>>> read = new ConcurrentHashMap<>();

    /** The most codes whose states are kept once read. */
    static final int KEPT = 4096;

    /**
     * The index of {@code table}, whose lines {@code reader} reads; each code is kept as
     * {@code shared} gives it, so that the EPCI read afterwards hold the same instances.
     */
    CommuneIndex(GeographyFiles.Table table, Function<GeographyFiles.Line, GeographyFiles.State<CommuneCog>> reader,
            Function<String, String> shared) {
        this.table = table;
        this.reader = reader;
        List<String> distinct = new ArrayList<>();
        int[] starts = new int[table.size() + 1];
        Map<String, List<Integer>> former = new HashMap<>();
        String previous = null;
        for (int i = 0; i < table.size(); i++) {
            String code = table.field(i, 0);
            if (!code.equals(previous)) {
                code = shared.apply(code);
                if (previous != null && code.compareTo(previous) < 0) {
                    throw new GeographyFormatException(table.shown(), table.number(i), "the code " + code + " comes after " + previous
                            + ": the lines are not in order of their codes");
                }
                starts[distinct.size()] = i;
                distinct.add(code);
                previous = code;
            }
            String anciens = table.field(i, ANCIENS_CODES);
            if (!anciens.isEmpty()) {
                for (String ancien : anciens.split(" ")) {
                    former.computeIfAbsent(shared.apply(ancien), k -> new ArrayList<>(1)).add(i);
                }
            }
        }
        this.codes = distinct.toArray(String[]::new);
        starts[codes.length] = table.size();
        this.first = Arrays.copyOf(starts, codes.length + 1);
        Map<String, int[]> byFormer = new HashMap<>();
        former.forEach((code, lines) -> byFormer.put(code, lines.stream().mapToInt(Integer::intValue).toArray()));
        this.byFormerCode = byFormer;
    }

    /** The distinct codes, in order. */
    List<String> codes() {
        return Arrays.asList(codes);
    }

    /** The states of {@code code}. */
    List<GeographyFiles.State<CommuneCog>> of(String code) {
        List<GeographyFiles.State<CommuneCog>> kept = read.get(code);
        if (kept != null) {
            return kept;
        }
        int at = Arrays.binarySearch(codes, code);
        if (at < 0) {
            return List.of();
        }
        List<GeographyFiles.State<CommuneCog>> states = new ArrayList<>(first[at + 1] - first[at]);
        for (int i = first[at]; i < first[at + 1]; i++) {
            states.add(reader.apply(table.line(i)));
        }
        List<GeographyFiles.State<CommuneCog>> once = List.copyOf(states);
        if (read.size() >= KEPT) {
            // Simpler than an order of use, and as bounded: the codes asked again are read again.
            read.clear();
        }
        read.put(codes[at], once);
        return once;
    }

    /** How many codes have their states kept (for the test of the bound). */
    int kept() {
        return read.size();
    }

    /** The states that list {@code code} among their former codes. */
    List<GeographyFiles.State<CommuneCog>> listingFormerCode(String code) {
        int[] lines = byFormerCode.get(code);
        if (lines == null) {
            return List.of();
        }
        List<GeographyFiles.State<CommuneCog>> states = new ArrayList<>(lines.length);
        for (int line : lines) {
            states.add(reader.apply(table.line(line)));
        }
        return states;
    }
}
