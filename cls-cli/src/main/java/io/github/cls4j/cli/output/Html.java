package io.github.cls4j.cli.output;

import java.io.PrintWriter;

/**
 * What the HTML reports share: the frame of a self-contained page (inline style, no script,
 * nothing fetched) and the escaping of every text put in it.
 */
public final class Html {

    /** The style every page starts with; each report adds its own after it. */
    public static final String BASE_STYLE = """
            body{font-family:system-ui,sans-serif;margin:2em;color:#222;line-height:1.4}
            h1{font-size:1.5em}h2{margin-top:2em;border-bottom:2px solid #ccc}
            table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}
            .verdict.valide{color:#1a7f37}.verdict.non-valide,.verdict.inutilisable{color:#b42318;font-weight:bold}
            pre{white-space:pre-wrap;overflow-wrap:anywhere}
            """;

    private Html() {
    }

    /** Opens the page: its head, titled {@code title} in {@code labels}' language, and the heading. */
    public static void open(String title, String style, Labels labels, PrintWriter out) {
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"" + labels.locale().getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<title>" + esc(title) + "</title><style>" + BASE_STYLE + style + "</style></head><body>");
        out.println("<header><h1>" + esc(title) + "</h1></header>");
    }

    /** Closes the page opened by {@link #open}. */
    public static void close(PrintWriter out) {
        out.println("</body></html>");
        out.flush();
    }

    /** {@code text} as HTML text or attribute value. */
    public static String esc(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
