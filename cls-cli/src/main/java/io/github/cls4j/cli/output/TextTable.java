package io.github.cls4j.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Rows of text cells printed in aligned columns, two spaces apart, as the text reports print them. */
public final class TextTable {

    private final List<List<String>> rows = new ArrayList<>();

    /** Adds a row; rows may have fewer cells than others. A cell's control characters are shown escaped ({@link TerminalText}). */
    public TextTable row(String... cells) {
        rows.add(Arrays.stream(cells).map(TerminalText::safe).toList());
        return this;
    }

    /** Prints the rows, each after {@code indent}, without trailing spaces. */
    public void print(String indent, PrintWriter out) {
        List<Integer> widths = new ArrayList<>();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i == widths.size()) {
                    widths.add(0);
                }
                widths.set(i, Math.max(widths.get(i), row.get(i).length()));
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < row.size(); i++) {
                line.append(row.get(i));
                if (i < row.size() - 1) {
                    line.append(" ".repeat(widths.get(i) - row.get(i).length() + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
