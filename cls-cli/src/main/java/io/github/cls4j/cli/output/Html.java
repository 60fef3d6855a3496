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
            table{max-width:100%}td{overflow-wrap:anywhere}
            @page{size:A4;margin:16mm 14mm 18mm;@bottom-right{content:counter(page) " / " counter(pages);width:15%;white-space:nowrap;
            font:9pt system-ui,sans-serif;color:#555}@bottom-left{width:85%;font:9pt system-ui,sans-serif;color:#555}}
            @media print{body{margin:0;font-size:10pt}h1{margin-top:0}a{color:inherit}table{width:100%;table-layout:fixed}}
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

    /**
     * {@code text} as a CSS string, quoted: a contract's title in a page's footer. Every character
     * that could end the string or the style ({@code "}, {@code \\}, {@code <}, line ends) is
     * escaped by its code point.
     */
    public static String cssString(String text) {
        StringBuilder css = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20 || c == 0x7f) {
                css.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                css.append(c);
            }
        }
        return css.append('"').toString();
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
