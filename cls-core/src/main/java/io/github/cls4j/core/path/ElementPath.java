package io.github.cls4j.core.path;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The path of an element from the contract root: property names and list indexes, e.g. {@code
 * axes[1].objectifs[0].fichesAction[2]}. Property names are the record components' names, which
 * are also the JSON names, so a path locates the element in the model, in a Bean Validation
 * violation and in the JSON file alike. The root is the empty path.
 *
 * <p>Indexes count from 0, in the order of the contract's lists.
 */
public final class ElementPath implements Comparable<ElementPath> {

    private static final ElementPath ROOT = new ElementPath("");
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    /** For a path made by {@link #property} or {@link #item}: the path it lies under, else {@code null}. */
    private final ElementPath parent;
    /** For such a path, its last property name. */
    private final String name;
    /** For a path made by {@link #item}, its index; {@code -1} otherwise. */
    private final int index;
    /**
     * The path as written, made at its first use for a path made by {@link #property} or {@link
     * #item}: a validation gives every element of its contract a path, and only those with a
     * finding are written. A race makes the same string twice, which is harmless.
     */
    private String text;

    private ElementPath(String text) {
        this(null, null, -1);
        this.text = text;
    }

    private ElementPath(ElementPath parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    private String text() {
        String written = text;
        if (written == null) {
            String property = parent.isRoot() ? name : parent.text() + "." + name;
            written = index < 0 ? property : property + "[" + index + "]";
            text = written;
        }
        return written;
    }

    /** The path of the contract itself. */
    public static ElementPath root() {
        return ROOT;
    }

    /**
     * Reads a path written as {@link #toString()} writes it.
     *
     * @throws IllegalArgumentException if {@code text} is not such a path
     */
    public static ElementPath parse(String text) {
        if (text.isEmpty()) {
            return ROOT;
        }
        for (String segment : text.split("\\.", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                throw new IllegalArgumentException(
                        "Not an element path: '" + text + "' (expected e.g. axes[1].objectifs[0].intitule)");
            }
        }
        return new ElementPath(text);
    }

    /** The path of a property of this element. */
    public ElementPath property(String name) {
        return new ElementPath(this, name, -1);
    }

    /** The path of an item of this list. */
    public ElementPath index(int index) {
        if (isRoot()) {
            throw new IllegalStateException("The contract root is not a list");
        }
        return new ElementPath(text() + "[" + index + "]");
    }

    /** Shorthand for {@code property(name).index(index)}. */
    public ElementPath item(String name, int index) {
        // One object rather than two: every element of a contract gets its path this way.
        return new ElementPath(this, name, index);
    }

    /**
     * The path this one lies directly under: without its last index or property name
     * ({@code axes[1].objectifs[0]} gives {@code axes[1].objectifs}, which gives {@code axes[1]}).
     *
     * @throws IllegalStateException for the root, which lies under nothing
     */
    public ElementPath parent() {
        String text = text();
        if (text.isEmpty()) {
            throw new IllegalStateException("The contract root has no parent");
        }
        int cut = text.endsWith("]") ? text.lastIndexOf('[') : text.lastIndexOf('.');
        return cut <= 0 ? ROOT : new ElementPath(text.substring(0, cut));
    }

    /** Whether this is the path of the contract itself. */
    public boolean isRoot() {
        // A path made under another is never the root: no need to write it to know.
        return parent == null && text.isEmpty();
    }

    /** Whether this path is {@code other} or lies below it. */
    public boolean startsWith(ElementPath other) {
        return other.isRoot()
                || text().equals(other.text())
                || text().startsWith(other.text() + ".")
                || text().startsWith(other.text() + "[");
    }

    /** The same path as a JSON Pointer (RFC 6901), e.g. {@code /axes/1/objectifs/0}. */
    public String toJsonPointer() {
        StringBuilder pointer = new StringBuilder();
        for (String token : tokens()) {
            pointer.append('/').append(token.replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    /** The property names and indexes of the path, in order, e.g. {@code [axes, 1, objectifs, 0]}. */
    public List<String> tokens() {
        List<String> tokens = new ArrayList<>();
        String text = text();
        if (text.isEmpty()) {
            return tokens;
        }
        for (String segment : text.split("\\.")) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches()) {
                throw new IllegalStateException("Malformed path " + text);
            }
            tokens.add(m.group(1));
            Matcher index = INDEX.matcher(m.group(2));
            while (index.find()) {
                tokens.add(index.group(1));
            }
        }
        return tokens;
    }

    /**
     * Orders paths token by token, indexes by number ({@code axes[2]} before {@code axes[10]}),
     * so that a parent comes before its children and a list keeps its order.
     */
    @Override
    public int compareTo(ElementPath other) {
        // Walks both texts in place: reports are sorted by path, and splitting every path at every
        // comparison was a tenth of a validation.
        String mine = text();
        String theirs = other.text();
        int i = skipDelimiters(mine, 0);
        int j = skipDelimiters(theirs, 0);
        while (i < mine.length() && j < theirs.length()) {
            int iEnd = tokenEnd(mine, i);
            int jEnd = tokenEnd(theirs, j);
            int c = compareTokens(mine, i, iEnd, theirs, j, jEnd);
            if (c != 0) {
                return c;
            }
            i = skipDelimiters(mine, iEnd);
            j = skipDelimiters(theirs, jEnd);
        }
        return Boolean.compare(i < mine.length(), j < theirs.length());
    }

    private static int skipDelimiters(String path, int from) {
        int i = from;
        while (i < path.length() && isDelimiter(path.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int tokenEnd(String path, int from) {
        int i = from;
        while (i < path.length() && !isDelimiter(path.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDelimiter(char c) {
        return c == '.' || c == '[' || c == ']';
    }

    private static int compareTokens(String a, int aStart, int aEnd, String b, int bStart, int bEnd) {
        if (Character.isDigit(a.charAt(aStart)) && Character.isDigit(b.charAt(bStart))) {
            int aFrom = skipZeros(a, aStart, aEnd);
            int bFrom = skipZeros(b, bStart, bEnd);
            // Without leading zeros, the longer number is the larger; equal lengths compare by digit.
            int byLength = Integer.compare(aEnd - aFrom, bEnd - bFrom);
            return byLength != 0 ? byLength : compareChars(a, aFrom, aEnd, b, bFrom, bEnd);
        }
        return compareChars(a, aStart, aEnd, b, bStart, bEnd);
    }

    private static int skipZeros(String number, int start, int end) {
        int i = start;
        while (i < end - 1 && number.charAt(i) == '0') {
            i++;
        }
        return i;
    }

    /** As {@link String#compareTo} on the two regions. */
    private static int compareChars(String a, int aStart, int aEnd, String b, int bStart, int bEnd) {
        int length = Math.min(aEnd - aStart, bEnd - bStart);
        for (int k = 0; k < length; k++) {
            int c = Character.compare(a.charAt(aStart + k), b.charAt(bStart + k));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(aEnd - aStart, bEnd - bStart);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ElementPath other && text().equals(other.text());
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }

    /** The path as written in reports, e.g. {@code axes[1].objectifs[0]}; empty for the root. */
    @Override
    public String toString() {
        return text();
    }
}
