package io.github.cls4j.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.cli.Cli;
import io.github.cls4j.cli.Variantes;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.core.strategie.AxeStrategique;
import io.github.cls4j.core.strategie.FicheAction;
import io.github.cls4j.core.strategie.Objectif;
import io.github.cls4j.samples.SampleContracts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report read with an HTML parser, as a browser reads it. */
@DisplayName("cls validate --format html: one self-contained page, each finding at its element")
class HtmlReportTest {

    private static final String ARRAS_SANS_SANTE_MENTALE = "000-arras-cua--sans-volet-sante-mentale.json";
    private static final String FICHE = "axes[0].objectifs[0].fichesAction[0]";

    @TempDir
    static Path dir;

    private static Path bad;
    private static Cli.Result run;
    private static Document page;

    @BeforeAll
    static void validate_a_variant_and_a_bad_file() throws Exception {
        Path contract = dir.resolve(ARRAS_SANS_SANTE_MENTALE);
        ContractJson.write(Variantes.arrasAvecDerogations(), contract);
        bad = dir.resolve("bad.json");
        Files.writeString(bad, "{");
        run = Cli.run("validate", "--format", "html", "--as-of", "2026-11-23", contract.toString(), bad.toString());
        page = Jsoup.parse(run.out());
    }

    private static Element article() {
        return page.selectFirst("article.contrat");
    }

    @Test
    void is_one_french_page_that_fetches_nothing() {
        assertThat(run.exit()).isEqualTo(2);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(page.selectFirst("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
        assertThat(page.title()).isEqualTo("Rapport de validation de contrats locaux de santé");
        assertThat(page.select("script, link, img, iframe, object, embed")).isEmpty();
        assertThat(page.select("style").html()).doesNotContain("url(").doesNotContain("@import");
    }

    @Test
    void starts_with_a_summary_of_every_input() {
        Elements rows = page.select("#synthese table.synthese tbody tr");

        assertThat(rows).hasSize(2);
        Element contract = rows.get(0);
        assertThat(contract.select("td").eachText()).containsExactly(
                ARRAS_SANS_SANTE_MENTALE, "HDF-CUA-ARRAS-SANS-SM", "NON CONFORME", "1", "4", "10");
        assertThat(contract.selectFirst("a").attr("title")).isEqualTo(dir.resolve(ARRAS_SANS_SANTE_MENTALE).toString());
        assertThat(contract.selectFirst("a").attr("href")).isEqualTo("#" + article().id());
        assertThat(rows.get(1).selectFirst("td.verdict").text()).isEqualTo("INUTILISABLE");
    }

    @Test
    void shows_the_verdict_and_the_outline_of_the_contract_as_a_tree() {
        Element article = article();

        assertThat(article.attr("data-valid")).isEqualTo("false");
        assertThat(article.selectFirst("p.verdict").text()).isEqualTo("NON CONFORME : 1 erreur, 4 avertissements, 10 informations");
        Element root = article.selectFirst("ul.racine > li.element.contrat");
        assertThat(root.attr("data-path")).isEmpty();
        assertThat(root.select("> p.details").eachText())
                .containsExactly("Statut : en cours", "Région : Hauts-de-France (32)", "Période : du 1er juillet 2023 au 31 décembre 2028",
                        "PRS : HDF-PRS-2018-2028");
        assertThat(article.selectFirst("li.element[data-path=signataires[0]] > p.details").text()).isEqualTo("signé le 30 juin 2023");
        assertThat(root.select("> ul.arbre > li.element").eachAttr("data-path"))
                .containsExactly("territoire", "signataires", "gouvernance", "voletSanteMentale", "evaluations", "axes");
        Element fiche = article.selectFirst("li.element.fiche[data-path=" + FICHE + "]");
        assertThat(fiche.parent().parent().attr("data-path")).isEqualTo("axes[0].objectifs[0]");
        assertThat(fiche.parent().parent().parent().parent().attr("data-path")).isEqualTo("axes[0]");
        assertThat(fiche.select("li.element.indicateur").eachAttr("data-path")).containsExactly(FICHE + ".indicateurs[0]");
        assertThat(article.select("li.element.signataire > span.titre").eachText())
                .containsExactly("ARS Hauts-de-France (agence régionale de santé)", "Communauté Urbaine d'Arras (EPCI)",
                        "Préfecture du Pas-de-Calais (préfecture)");
    }

    @Test
    void shows_each_finding_at_the_element_it_concerns() {
        Element article = article();

        Element mentalHealth = article.selectFirst("li.element[data-path=voletSanteMentale]");
        Element error = mentalHealth.selectFirst("> ul.constats > li.constat");
        assertThat(error.attr("data-rule")).isEqualTo("CLS-LEG-03");
        assertThat(error.attr("data-severity")).isEqualTo("ERROR");
        assertThat(error.text()).startsWith("ERREUR CLS-LEG-03 Le contrat");
        // A finding on the indicators of an action is shown at that action, its own path beside it.
        Element onIndicators = article.selectFirst("li.element[data-path=" + FICHE + "] > ul.constats > li.constat");
        assertThat(onIndicators.attr("data-rule")).isEqualTo("CLS-ACT-03");
        assertThat(onIndicators.selectFirst(".chemin").text()).isEqualTo(FICHE + ".indicateurs");
        assertThat(article.selectFirst("li.element[data-path=territoire] li.constat[data-rule=CLS-TER-06]")).isNotNull();
        // Every finding is shown once; CLS-STR-11, waived by a dérogation, is shown among the waived ones only.
        assertThat(article.select("li.constat")).hasSize(15);
        assertThat(article.select("li.leve").eachAttr("data-rule")).containsExactly("CLS-LEG-03", "CLS-STR-11");
        assertThat(article.selectFirst("li.leve[data-rule=CLS-LEG-03]").text()).contains("sans portée juridique");
        assertThat(article.selectFirst("li.leve[data-rule=CLS-STR-11]").text()).doesNotContain("sans portée juridique");
    }

    @Test
    void starts_each_contract_with_what_to_correct_errors_then_warnings_each_naming_its_element_in_words() {
        Elements toCorrect = article().select("ol.a-corriger > li");

        assertThat(toCorrect.eachAttr("class")).containsExactly("ERROR", "WARNING", "WARNING", "WARNING", "WARNING");
        Element error = toCorrect.get(0);
        assertThat(error.attr("data-rule")).isEqualTo("CLS-LEG-03");
        assertThat(error.selectFirst(".element-nomme").text()).isEqualTo("Volet santé mentale");
        assertThat(error.text()).startsWith("ERREUR — Volet santé mentale : Le contrat ne comporte pas de volet")
                .endsWith("CLS-LEG-03 · voletSanteMentale");
        assertThat(toCorrect.select("[data-rule=CLS-TER-06] .element-nomme").text())
                .isEqualTo("Territoire : Communauté Urbaine d'Arras (communauté urbaine)");
        assertThat(toCorrect.select("[data-rule=CLS-TER-01] .element-nomme").text()).isEqualTo("Le contrat");
        // The informations are in the outline, not among what to correct.
        assertThat(toCorrect.select("[data-rule=CLS-ACT-03]")).isEmpty();
        assertThat(article().select("li.constat[data-rule=CLS-ACT-03]")).isNotEmpty();
    }

    @Test
    void gives_the_source_of_each_rule_once_with_its_article_and_link() {
        Elements sources = article().select("ul.sources > li");

        assertThat(sources.eachAttr("data-rule")).doesNotHaveDuplicates()
                .containsAll(article().select("li.constat").eachAttr("data-rule"));
        Element law = article().selectFirst("ul.sources > li[data-rule=CLS-LEG-03]");
        assertThat(law.text()).contains("article 122");
        assertThat(law.selectFirst("a").attr("href")).startsWith("https://www.legifrance.gouv.fr/");
        assertThat(article().select("li.constat .source")).isEmpty();
    }

    @Test
    void words_every_code_and_day_and_says_non_renseigne_where_a_value_is_missing_never_a_question_mark() {
        String text = article().text();

        assertThat(text).doesNotContain("?", "COMMUNAUTE_URBAINE", "PREFECTURE", "ANNUELLE", "2023-06-30")
                .contains("évaluation annuelle du", "Coordination : coordinateur non renseigné");
        assertThat(article().selectFirst("p.contexte").text()).contains("contrôle au 23 novembre 2026 · loi du 30 juin 2023");
    }

    @Test
    void prints_on_a4_with_page_numbers_and_each_contract_s_title_in_its_footer() {
        String style = page.select("style").html();

        assertThat(style).contains("@page{size:A4", "counter(page) \" / \" counter(pages)",
                "#" + article().id() + "{page:" + article().id() + "}",
                "@page " + article().id() + "{@bottom-left{content:\"Contrat Local de Santé de la Communauté Urbaine d'Arras");
        assertThat(style).doesNotContain("li.element{break-inside:avoid}");
    }

    @Test
    void shows_an_input_that_could_not_be_used_with_its_error() {
        Element unusable = page.selectFirst("article.inutilisable");

        assertThat(unusable.attr("data-source")).isEqualTo(bad.toString());
        assertThat(unusable.selectFirst("pre.erreur").text()).contains(bad + ":1:2: $ : le document s’arrête avant sa fin");
    }

    @Test
    void is_in_english_when_asked() {
        Document english = Jsoup.parse(Cli.run("validate", "--format", "html", "--lang", "en", "--samples").out());

        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(english.select("#synthese th").eachText()).containsExactly("File", "Contract", "Verdict", "Errors", "Warnings", "Infos");
        assertThat(english.select("article.contrat")).hasSize(5);
        assertThat(english.select("li.constat").first().text()).startsWith("WARNING CLS-");
        assertThat(english.selectFirst("li.element.contrat > p.details").text()).isEqualTo("Status: running");
    }

    @Test
    void a_rule_reporting_on_many_elements_shows_its_first_findings_at_them_and_counts_the_others() throws Exception {
        List<FicheAction> fiches = new ArrayList<>();
        for (int i = 0; i < ShownFindings.PER_RULE + 5; i++) {
            fiches.add(new FicheAction("F" + i, "Fiche " + i, null, null, null, null, null, null, null, null, null, null, null, null));
        }
        ContratLocalSante arras = SampleContracts.read("000-arras-cua.json");
        Path crowded = dir.resolve("nombreuses-fiches.json");
        ContractJson.write(arras.toBuilder().axes(List.of(new AxeStrategique("1", "Axe", null, null, null,
                List.of(new Objectif("1.1", "Objectif", null, null, fiches))))).build(), crowded);

        Document html = Jsoup.parse(Cli.run("validate", "--format", "html", crowded.toString()).out());

        Elements more = html.select("article.contrat ul.plus li");
        assertThat(more).isNotEmpty().allSatisfy(li -> {
            assertThat(li.text()).startsWith("… et 5 autres constats " + li.attr("data-rule") + ", non montrés ici");
            assertThat(html.select("li.constat[data-rule=" + li.attr("data-rule") + "]")).hasSize(ShownFindings.PER_RULE);
        });
        assertThat(html.select("li.element.fiche")).as("every fiche stays in the outline").hasSize(fiches.size());
    }
}
