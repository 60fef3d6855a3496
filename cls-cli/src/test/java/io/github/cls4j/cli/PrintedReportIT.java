package io.github.cls4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The reports as they print: {@code scripts/render-reports.sh} renders the reports of the
 * bundled samples with headless Chromium, and the PDFs are read back. Each page is A4 (portrait
 * for a contract's report; the portfolio's wide table on a landscape page), every glyph lies
 * within the page's margins (no table runs off the page), and no page is left blank. The script
 * needs Debian's chromium package, which {@code .ci/run} installs.
 */
@DisplayName("The reports print on A4, within the margins, with their page numbers")
class PrintedReportIT {

    /** A4 in PDF points (1/72 in): 210 × 297 mm. */
    private static final float A4_WIDTH = 595.3f;
    private static final float A4_HEIGHT = 841.9f;
    /** The margins of the reports' {@code @page} rule, in points: 14 mm left and right. */
    private static final float SIDE_MARGIN = 14 / 25.4f * 72;
    private static final float TOLERANCE = 2f;

    private static Path reports;

    @BeforeAll
    static void render() throws IOException, InterruptedException {
        reports = Files.createTempDirectory("cls-reports");
        Path log = reports.resolve("render.log");
        Process script = new ProcessBuilder("bash", Path.of("..", "scripts", "render-reports.sh").toString(), reports.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(script.waitFor(300, TimeUnit.SECONDS)).as("the script ends").isTrue();
        assertThat(script.exitValue()).as(Files.readString(log, StandardCharsets.UTF_8)).isZero();
    }

    private static PDDocument pdf(String name) throws IOException {
        return Loader.loadPDF(reports.resolve(name + ".pdf").toFile());
    }

    /** The glyphs of each page that lie outside its side margins. */
    private static List<String> outsideTheMargins(PDDocument document) throws IOException {
        List<String> outside = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                float width = getCurrentPage().getMediaBox().getWidth();
                for (TextPosition p : positions) {
                    if (p.getXDirAdj() < SIDE_MARGIN - TOLERANCE || p.getXDirAdj() + p.getWidthDirAdj() > width - SIDE_MARGIN + TOLERANCE) {
                        outside.add("page " + getCurrentPageNo() + ": " + text);
                        return;
                    }
                }
            }
        };
        stripper.getText(document);
        return outside;
    }

    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static boolean isA4(PDRectangle box, boolean landscape) {
        float width = landscape ? A4_HEIGHT : A4_WIDTH;
        float height = landscape ? A4_WIDTH : A4_HEIGHT;
        return Math.abs(box.getWidth() - width) < TOLERANCE && Math.abs(box.getHeight() - height) < TOLERANCE;
    }

    @Test
    void the_report_of_the_samples_is_a4_portrait_within_its_margins_each_page_numbered() throws IOException {
        try (PDDocument document = pdf("echantillons")) {
            int pages = document.getNumberOfPages();
            System.out.println("echantillons.pdf: " + pages + " pages");

            for (PDPage page : document.getPages()) {
                assertThat(isA4(page.getMediaBox(), false)).as("A4 portrait: " + page.getMediaBox()).isTrue();
            }
            assertThat(outsideTheMargins(document)).isEmpty();
            for (int page = 1; page <= pages; page++) {
                assertThat(text(document, page)).as("page " + page).contains(page + " / " + pages);
            }
            // Each contract's pages carry its title in their footer.
            assertThat(text(document, 2)).contains("Contrat Local de Santé de la Communauté Urbaine d'Arras");
        }
    }

    @Test
    void the_report_of_a_contract_in_error_says_first_what_to_correct() throws IOException {
        try (PDDocument document = pdf("variante-en-erreur")) {
            String first = text(document, 2);

            assertThat(first).contains("À corriger", "ERREUR — Volet santé mentale : Le contrat ne comporte pas de volet");
            assertThat(first.indexOf("À corriger")).isLessThan(first.indexOf("Le contrat et ses constats"));
            assertThat(outsideTheMargins(document)).isEmpty();
        }
    }

    @Test
    void the_portfolio_prints_on_a4_its_wide_tables_within_the_page() throws IOException {
        try (PDDocument document = pdf("portefeuille")) {
            System.out.println("portefeuille.pdf: " + document.getNumberOfPages() + " pages");

            for (PDPage page : document.getPages()) {
                assertThat(isA4(page.getMediaBox(), false) || isA4(page.getMediaBox(), true)).as("A4: " + page.getMediaBox()).isTrue();
            }
            assertThat(outsideTheMargins(document)).isEmpty();
        }
    }

    @Test
    void each_report_has_its_screenshot() throws IOException {
        for (String name : List.of("echantillons", "variante-en-erreur", "portefeuille")) {
            byte[] png = Files.readAllBytes(reports.resolve(name + ".png"));
            assertThat(png).hasSizeGreaterThan(10_000).startsWith(0x89, 'P', 'N', 'G');
        }
    }
}
