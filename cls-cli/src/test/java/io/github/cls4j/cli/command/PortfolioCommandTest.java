package io.github.cls4j.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.cli.Cli;
import io.github.cls4j.core.code.Region;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.geography.Geographie;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.Severity;
import io.github.cls4j.rules.portfolio.ContractSummary;
import io.github.cls4j.rules.portfolio.Portfolio;
import io.github.cls4j.rules.portfolio.PortfolioReport;
import io.github.cls4j.rules.portfolio.TerritorialData;
import io.github.cls4j.samples.SampleContracts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code cls portfolio} on the bundled samples, checked against what the library computes and by
 * hand: on 2026-11-23, in the geography of 2026, Hauts-de-France has 3,782 communes; six are
 * covered: Arras (62041, 42,875 inhabitants, sample 000, signed), Acheux-en-Vimeu, Aigneville and
 * Béhen (80004, 80008, 80076: 501, 904 and 500, sample 001, signed), Abscon and Avesnes-le-Sec
 * (59002, 59038: 4,108 and 1,458, sample 002, a charte). The bundled sample gives only the QPV: its
 * two QPV of the region are covered, one with 6,000 inhabitants (QP059901, the charte's), the
 * other without population.
 */
@DisplayName("cls portfolio: each region's coverage, contracts and indicators, in three formats")
class PortfolioCommandTest {

    private static final String AS_OF = "2026-11-23";
    private static final String VAL = "001-hdf-guide-elus.json";
    private static final Pattern STACK_TRACE = Pattern.compile("\\bat [a-z]+\\.|Exception");

    private static PortfolioReport hautsDeFrance;

    @BeforeAll
    static void the_library_s_report_of_hauts_de_france() {
        List<ContratLocalSante> samples = SampleContracts.seeds().stream().map(SampleContracts::read).toList();
        hautsDeFrance = new Portfolio(ContractValidator.builder().build())
                .report(Region.HAUTS_DE_FRANCE, samples, TerritorialData.bundled().withGeographie(Geographie.bundled(), LocalDate.parse(AS_OF)),
                        LocalDate.parse(AS_OF));
    }

    private static JsonNode json(String text) {
        return JsonMapper.builder().build().readTree(text);
    }

    private static void assertNoStackTrace(Cli.Result r) {
        assertThat(r.err()).doesNotContainPattern(STACK_TRACE);
        assertThat(r.out()).doesNotContainPattern(STACK_TRACE);
    }

    @Nested
    @DisplayName("text")
    class Text {

        private final Cli.Result run = Cli.run("portfolio", "--samples", "--as-of", AS_OF);

        @Test
        void gives_each_region_in_the_order_of_its_code_and_exits_zero() {
            assertThat(run.exit()).isZero();
            assertThat(run.err()).isEmpty();
            assertThat(run.out().lines().filter(l -> l.contains(" — portefeuille au 23 novembre 2026")))
                    .containsExactly("Île-de-France (11) — portefeuille au 23 novembre 2026 : 1 contrat, dont 0 couvrant leur territoire",
                            "Hauts-de-France (32) — portefeuille au 23 novembre 2026 : 3 contrats, dont 3 couvrant leur territoire",
                            "Occitanie (76) — portefeuille au 23 novembre 2026 : 1 contrat, dont 0 couvrant leur territoire ; signés ou en charte"
                                    + " mais sans commune ni QPV indiqués, donc non comptés : OCC-PAYS-HLV");
            assertThat(run.out()).contains("  Données territoriales : fournies avec cls4j (échantillon) · Géographie officielle : 2026"
                    + " (@etalab/decoupage-administratif@6.0.0) · Données des PRS : fournies avec cls4j");
        }

        @Test
        void gives_the_coverage_of_hauts_de_france_overall_and_by_stage() {
            // By hand: the six communes covered, two by the charte, four by the signed contracts, of the region's 3,782.
            assertThat(run.out()).containsPattern("\n  Communes +6 / 3\\h782 \\(0,2 %\\) +2 \\(0,0 %\\) +0 \\(0,0 %\\) +4 \\(0,1 %\\)\n");
            assertThat(hautsDeFrance.coverage().covered().communes()).isEqualTo(6);
            assertThat(hautsDeFrance.coverage().total().communes()).isEqualTo(3_782);
            // 42,875 + 501 + 904 + 500 signed, 4,108 + 1,458 by the charte.
            assertThat(run.out()).containsPattern("\n  Habitants +50\\h346 / 5\\h992\\h194 \\(0,8 %\\) +5\\h566 \\(0,1 %\\) +0 \\(0,0 %\\) +44\\h780 \\(0,8 %\\)\n");
            assertThat(hautsDeFrance.coverage().covered().inhabitants()).isEqualTo(50_346);
            assertThat(hautsDeFrance.coverage().total().inhabitants()).isEqualTo(5_992_194);
            assertThat(run.out()).containsPattern("\n  Habitants des QPV +6\\h000 / 6\\h000 \\(100,0 %\\) +6\\h000 \\(100,0 %\\)")
                    // QP062901 has no population in the bundled data: the target is not judged on incomplete figures.
                    .contains("  Cible : 75,0 % des habitants des territoires prioritaires couverts ; non jugée : la population d'au moins un"
                            + " territoire prioritaire n'est pas connue, et la part de 100,0 % ne compte que ceux dont elle l'est.")
                    .contains("  Sans population connue (comptés, leurs habitants manquent aux chiffres) : QP062901")
                    // By département and by EPCI reached, from the geography: Arras of the Pas-de-Calais's 887 communes.
                    .containsPattern("\n  Pas-de-Calais \\(62\\) +1 / 887 \\(0,1 %\\) +42\\h875 / ")
                    .containsPattern("\n  CC du Vimeu \\(200070944\\) +3 / 25 \\(12,0 %\\) +1\\h905 / ")
                    .contains("  Cible : le profil de la région n'en fixe pas.");
        }

        @Test
        void lists_the_findings_the_contracts_and_their_indicators() {
            assertThat(run.out()).containsPattern("\n    AVERTISSEMENT +CLS-POR-04 +QP093901 +Le QPV QP093901 \\(Quartier des Exemples \\(fictif\\)\\) n'est couvert");
            for (ContractSummary c : hautsDeFrance.contracts()) {
                assertThat(run.out()).containsPattern("\n    " + Pattern.quote(c.id()) + " +" + (c.stade() == null ? "ne couvre rien" : "\\S+")
                        + " +" + (c.valid() ? "CONFORME" : "NON CONFORME") + " +" + c.counts().get(Severity.ERROR)
                        + " +" + c.counts().get(Severity.WARNING) + " ");
            }
            assertThat(run.out())
                    .containsPattern("\n    HDF-CUA-ARRAS +signé +CONFORME +0 +\\d+ +oui +non +oui +50,0 % +3 / 1 +non due\n")
                    .containsPattern("\n    HDF-CA-EXEMPLE-CHARTE-2019 +charte +CONFORME +0 +\\d+ +oui +non +non +— +0 / 0 +non due\n")
                    // The Arras sample's yearly evaluation of 2024 measures five of its nine indicators.
                    .containsPattern("\n      I-1\\.1\\.1-a +6 \\(31 décembre 2022\\) +12 \\(31 décembre 2027\\) +9 \\(30 septembre 2024\\)"
                            + " +50,0 % +en bonne voie\n")
                    .containsPattern("\n      I-3\\.3\\.1-a +0 \\(1er janvier 2023\\) +1 \\(30 juin 2025\\) +0 \\(30 septembre 2024\\) +0,0 % +cible manquée\n")
                    .containsPattern("\n      I-2\\.2\\.1-a +0 \\(1er janvier 2023\\) +150 \\(31 décembre 2027\\) +— +— +non jugée : manque mesure\n")
                    .contains("      Aucun indicateur.");
        }

        @Test
        void is_in_english_with_lang_en() {
            Cli.Result en = Cli.run("portfolio", "--samples", "--as-of", AS_OF, "--lang", "en");

            assertThat(en.exit()).isZero();
            assertThat(en.out()).contains("Hauts-de-France (32) — portfolio as of 23 November 2026: 3 contracts, 3 covering their territory")
                    .containsPattern("\n  Communes +6 / 3,782 \\(0\\.2%\\) +2 \\(0\\.0%\\)")
                    .containsPattern("\n  Inhabitants +50,346 / 5,992,194")
                    .contains("  Target: 75.0% of the inhabitants of the priority territories covered; not judged: the population of at least one"
                            + " priority territory is not known, and the share of 100.0% counts only those whose population is.")
                    .containsPattern("\n    HDF-CUA-ARRAS +signed +VALID +0 ")
                    .contains("not judged: missing measurement")
                    .contains("The QPV QP093901")
                    .doesNotContain("Couverture").doesNotContain("CONFORME").doesNotContain("signé ");
        }
    }

    @Nested
    @DisplayName("json")
    class Json {

        private final JsonNode run = json(Cli.run("portfolio", "--samples", "--as-of", AS_OF, "--format", "json").out());

        private JsonNode region(String code) {
            return run.get("regions").valueStream().filter(r -> r.get("region").asString().equals(code)).findFirst().orElseThrow();
        }

        @Test
        void is_one_object_with_one_entry_per_region_and_the_data_used() {
            assertThat(run.get("asOf").asString()).isEqualTo(AS_OF);
            assertThat(run.get("territorialData").asString()).isEqualTo("bundled");
            assertThat(run.get("prsData").asString()).isEqualTo("bundled");
            assertThat(run.get("regions").valueStream().map(r -> r.get("region").asString())).containsExactly("11", "32", "76");
            assertThat(run.get("leftOut").isEmpty()).isTrue();
            assertThat(run.get("unusable").isEmpty()).isTrue();
        }

        @Test
        void gives_the_figures_the_library_computes() {
            JsonNode coverage = region("32").get("coverage");
            JsonNode communes = coverage.get("figures").get("communes");

            assertThat(communes.get("covered").asLong()).isEqualTo(hautsDeFrance.coverage().covered().communes()).isEqualTo(6);
            assertThat(communes.get("total").asLong()).isEqualTo(hautsDeFrance.coverage().total().communes()).isEqualTo(3_782);
            assertThat(communes.get("share").decimalValue()).isEqualByComparingTo(hautsDeFrance.coverage().communesShare().orElseThrow());
            assertThat(communes.get("byStage").get("CHARTE").get("covered").asLong()).isEqualTo(2);
            assertThat(communes.get("byStage").get("CHARTE").get("share").decimalValue()).isEqualByComparingTo("0.0005");
            assertThat(run.get("geography").asString()).isEqualTo("2026 (@etalab/decoupage-administratif@6.0.0)");
            JsonNode somme = coverage.get("byDepartement").valueStream().filter(p -> p.get("code").asString().equals("80")).findFirst().orElseThrow();
            assertThat(somme.get("nom").asString()).isEqualTo("Somme");
            assertThat(somme.get("communesCovered").asInt()).isEqualTo(3);
            assertThat(somme.get("inhabitantsCovered").asLong()).isEqualTo(501 + 904 + 500);
            assertThat(coverage.get("byEpci").size()).as("every EPCI of the region, reached or not").isGreaterThan(50);
            assertThat(coverage.get("figures").get("priorityInhabitants").get("covered").asLong())
                    .isEqualTo(hautsDeFrance.coverage().covered().priorityInhabitants());
            assertThat(coverage.get("target").decimalValue()).isEqualByComparingTo("0.75");
            assertThat(coverage.get("targetMet").isNull()).isTrue();
            assertThat(coverage.get("communesCovered").valueStream().map(JsonNode::asString))
                    .containsExactly("59002", "59038", "62041", "80004", "80008", "80076");
            assertThat(region("76").get("coverage").get("target").isNull()).isTrue();
            // Sample 004 lists no commune: none of Occitanie's, which the geography gives, is covered.
            assertThat(region("76").get("coverage").get("figures").get("communes").get("share").decimalValue()).isZero();
            assertThat(region("76").get("coverage").get("figures").get("communes").get("total").asLong()).isGreaterThan(4_000);
            // ... so it is not counted among the contracts covering their territory, and is named apart.
            assertThat(region("76").get("coverage").get("contracts").asInt()).isZero();
            assertThat(region("76").get("coverage").get("withoutTerritory").valueStream().map(JsonNode::asString)).containsExactly("OCC-PAYS-HLV");
            assertThat(coverage.get("withoutTerritory")).isEmpty();
        }

        @Test
        void gives_each_contract_with_every_key() {
            JsonNode contracts = region("32").get("contracts");

            assertThat(contracts.valueStream().map(c -> c.get("id").asString()))
                    .containsExactlyElementsOf(hautsDeFrance.contracts().stream().map(ContractSummary::id).toList());
            JsonNode arras = contracts.get(0);
            assertThat(arras.propertyNames()).containsExactly("id", "title", "stage", "valid", "summary", "mentalHealth", "clsm",
                    "coordination", "arsShare", "evaluationsDue", "evaluationsDone", "finalEvaluationDue", "finalEvaluationDone", "indicators");
            assertThat(arras.get("stage").asString()).isEqualTo("SIGNE");
            assertThat(arras.get("valid").asBoolean()).isEqualTo(hautsDeFrance.contracts().get(0).valid());
            assertThat(arras.get("arsShare").decimalValue()).isEqualByComparingTo("50");
            JsonNode indicator = arras.get("indicators").get(0);
            assertThat(indicator.propertyNames()).containsExactly("path", "code", "label", "unit", "baseline", "target", "lastMeasurement",
                    "progress", "expectedValue", "trajectory", "missing");
            assertThat(indicator.get("lastMeasurement").get("value").decimalValue()).isEqualByComparingTo("9");
            assertThat(indicator.get("lastMeasurement").get("date").asString()).isEqualTo("2024-09-30");
            assertThat(indicator.get("trajectory").asString()).isEqualTo("ON_TRACK");
            JsonNode unmeasured = arras.get("indicators").get(4);
            assertThat(unmeasured.get("lastMeasurement").isNull()).isTrue();
            assertThat(unmeasured.get("trajectory").asString()).isEqualTo("NO_DATA");
            assertThat(indicator.get("target").get("dueDate").asString()).isEqualTo("2027-12-31");
            assertThat(contracts.get(2).get("arsShare").isNull()).isTrue();
        }
    }

    @Nested
    @DisplayName("html")
    class HtmlPage {

        @TempDir
        Path dir;

        private Document page() throws Exception {
            Path file = dir.resolve("portefeuille.html");
            Cli.Result run = Cli.run("portfolio", "--samples", "--as-of", AS_OF, "--format", "html", "-o", file.toString());
            assertThat(run.exit()).isZero();
            assertThat(run.out()).isEmpty();
            return Jsoup.parse(Files.readString(file));
        }

        @Test
        void is_one_french_page_that_fetches_and_links_nothing_outside() throws Exception {
            Document page = page();

            assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
            assertThat(page.title()).isEqualTo("Portefeuille de contrats locaux de santé");
            assertThat(page.select("script, link, img, iframe, object, embed, [src]")).isEmpty();
            assertThat(page.select("[href]").eachAttr("href")).allMatch(href -> href.startsWith("#"));
            assertThat(page.select("style").html()).doesNotContain("url(").doesNotContain("@import");
            assertThat(page.select("section.region").eachAttr("data-region")).containsExactly("11", "32", "76");
        }

        @Test
        void draws_the_coverage_against_the_target() throws Exception {
            Element region = page().selectFirst("section.region[data-region=32]");

            Element communes = region.selectFirst("svg.couverture g.barre[data-figure=communes]");
            assertThat(region.select("svg.couverture g.barre")).hasSize(5);
            assertThat(communes.attr("data-share")).isEqualTo(hautsDeFrance.coverage().communesShare().orElseThrow().toPlainString());
            // 0.16 % of the 300 pixels of the bar.
            assertThat(communes.selectFirst("rect.part").attr("width")).isEqualTo("0");
            assertThat(region.selectFirst("svg.couverture g.barre[data-figure=qpv] rect.part").attr("width"))
                    .isEqualTo(region.selectFirst("svg.couverture g.barre[data-figure=qpv] rect.fond").attr("width"));
            Element target = region.selectFirst("svg.couverture line.cible");
            assertThat(target.attr("data-target")).isEqualTo("0.75");
            assertThat(target.attr("x1")).isEqualTo(String.valueOf(290 + 225));
            assertThat(region.selectFirst("table.chiffres tr[data-figure=communes]").select("td").eachText())
                    .containsExactly("6 / 3\u202F782 (0,2 %)", "2 (0,0 %)", "0 (0,0 %)", "4 (0,1 %)");
            assertThat(region.selectFirst("p.cible").text()).endsWith("non jugée : la population d'au moins un territoire prioritaire n'est pas connue, et la part de 100,0 % ne compte"
                    + " que ceux dont elle l'est.");
            assertThat(region.select("table.parties[data-parts=departements] tr[data-code]").eachAttr("data-code"))
                    .containsExactly("02", "59", "60", "62", "80");
            assertThat(region.selectFirst("table.parties[data-parts=epci] tr[data-code=200033579]").select("th, td").eachText().get(0))
                    .isEqualTo("CU d'Arras (200033579)");
            assertThat(region.select("table.parties[data-parts=epci] tr[data-code]")).as("the EPCI a contract reaches").hasSize(3);
        }

        @Test
        void shows_the_contracts_with_their_verdicts_and_indicators() throws Exception {
            Element region = page().selectFirst("section.region[data-region=32]");

            assertThat(region.select("table.contrats tbody tr").eachAttr("data-contract"))
                    .containsExactly("HDF-CUA-ARRAS", "HDF-CC-EXEMPLE-2024", "HDF-CA-EXEMPLE-CHARTE-2019");
            Element arras = region.selectFirst("table.contrats tr[data-contract=HDF-CUA-ARRAS]");
            assertThat(arras.selectFirst("td.verdict").text()).isEqualTo("CONFORME");
            assertThat(arras.selectFirst("td.verdict").hasClass("valide")).isTrue();
            String anchor = arras.selectFirst("a").attr("href").substring(1);
            Element indicators = region.getElementById(anchor);
            assertThat(indicators.select("tr.indicateur")).hasSize(9);
            assertThat(indicators.select("tr.indicateur td.trajectoire").eachText()).containsExactly("en bonne voie", "cible atteinte",
                    "en retard", "en bonne voie", "non jugée : manque mesure", "non jugée : manque mesure", "non jugée : manque mesure",
                    "non jugée : manque mesure", "cible manquée");
            // A measured indicator shows its progress as a bar.
            assertThat(indicators.selectFirst("tr.indicateur").select("svg")).isNotEmpty();
        }
    }

    @Nested
    @DisplayName("--data, and inputs that cannot be used")
    class Inputs {

        @TempDir
        Path dir;

        /**
         * Territorial data of our own, for sample 001 alone, whose figures replace the geography's:
         * 80004 (10,000 inhabitants, with QPV QP080901 of 2,000), 80008 (6,000) and 80076 (4,000)
         * covered, 59038 (22,000) not; the PRAPS territory is 80008 and 59038. So 20,000 inhabitants
         * covered; priority inhabitants 6,000 + 22,000 + the QPV's 2,000 (outside the PRAPS
         * territory) = 30,000, of which 8,000 covered: 26.7 %, under the 75 % target. The other
         * communes of the region are the geography's.
         */
        private Path data() throws Exception {
            Path data = Files.createDirectories(dir.resolve("donnees"));
            Files.writeString(data.resolve("territoires.json"), """
                    {"communes": [
                      {"code": "80004", "nom": "Un", "population": 10000},
                      {"code": "80008", "nom": "Deux", "population": 6000},
                      {"code": "80076", "nom": "Trois", "population": 4000},
                      {"code": "59038", "nom": "Hors contrat", "population": 22000}],
                     "qpv": [{"code": "QP080901", "nom": "Quartier <Un>", "population": 2000, "communes": ["80004"]}],
                     "praps": [{"id": "T1", "region": "32", "nom": "Territoire & PRAPS", "communes": ["80008", "59038"]}]}
                    """);
            return data;
        }

        /**
         * Sample 001 with a measurement: the indicator of IndicatorProgress's own example, baseline 1
         * on 2023-12-31, target 4 by 2028-12-31, 3 measured on 2025-12-31: progress 0.6667,
         * expected 2.2003 (0.4001 of the way), on track.
         */
        private Path measured() throws Exception {
            Path file = dir.resolve(VAL);
            ContractJson.write(SampleContracts.read(VAL), file);
            JsonMapper mapper = JsonMapper.builder().build();
            JsonNode contract = mapper.readTree(Files.readString(file));
            ((ObjectNode) contract.at("/axes/0/objectifs/0/fichesAction/0/indicateurs/0")).putArray("mesures").addObject()
                    .put("valeur", 3).put("date", "2025-12-31");
            Files.writeString(file, mapper.writeValueAsString(contract));
            return file;
        }

        @Test
        void a_folder_of_territorial_data_replaces_the_bundled_sample() throws Exception {
            Path data = data();

            Cli.Result r = Cli.run("portfolio", "--data", data.toString(), "--as-of", AS_OF, measured().toString());

            assertThat(r.err()).isEmpty();
            assertThat(r.exit()).isZero();
            assertThat(r.out()).contains("  Données territoriales : " + data.resolve("territoires.json")
                            + " · Géographie officielle : 2026 (@etalab/decoupage-administratif@6.0.0) · Données des PRS : fournies avec cls4j (échantillon)")
                    .containsPattern("\n  Communes +3 / 3\\h782 \\(0,1 %\\) +0 \\(0,0 %\\) +0 \\(0,0 %\\) +3 \\(0,1 %\\)\n")
                    // The region's 5,992,194 of the geography, less 501 + 904 + 500 + 1,458, plus the 42,000 of the file.
                    .containsPattern("\n  Habitants +20\\h000 / 6\\h030\\h831 \\(0,3 %\\)")
                    .containsPattern("\n  QPV +1 / 1 \\(100,0 %\\)")
                    .containsPattern("\n  Habitants des territoires prioritaires +8\\h000 / 30\\h000 \\(26,7 %\\)")
                    .contains("  Cible : 75,0 % des habitants des territoires prioritaires couverts ; non atteinte (26,7 %).")
                    .containsPattern("\n    AVERTISSEMENT +CLS-POR-02 +32 +Les contrats couvrent 26.7 % de la population")
                    .containsPattern("\n      I-1\\.1\\.1-a +1 \\(31 décembre 2023\\) +4 \\(31 décembre 2028\\) +3 \\(31 décembre 2025\\) +66,7 % +en bonne voie\n")
                    .doesNotContain("Sans population connue");
        }

        @Test
        void the_html_bar_of_an_indicator_shows_its_progress_and_the_expected_value() throws Exception {
            Cli.Result r = Cli.run("portfolio", "--data", data().toString(), "--as-of", AS_OF, "--format", "html", measured().toString());

            Document page = Jsoup.parse(r.out());
            Element bar = page.selectFirst("tr.indicateur td.progression svg.progression");
            assertThat(bar.attr("data-progress")).isEqualTo("0.6667");
            assertThat(bar.selectFirst("rect.part").attr("width")).isEqualTo("80");
            assertThat(bar.selectFirst("line.attendu").attr("data-expected")).isEqualTo("0.4001");
            assertThat(bar.selectFirst("line.attendu").attr("x1")).isEqualTo("48");
            assertThat(bar.selectFirst("line.attendu title").text()).isEqualTo("attendu : 2,2003");
            assertThat(bar.parent().text()).endsWith("66,7 %");
            assertThat(page.select("tr.indicateur td.progression svg.progression")).hasSize(1);
            assertThat(page.selectFirst("li.constat[data-rule=CLS-POR-02]").text()).contains("26.7 %");
        }

        @Test
        void a_bad_file_and_a_contract_without_region_are_reported_and_the_others_measured() throws Exception {
            Path bad = dir.resolve("bad.json");
            Files.writeString(bad, "{\"id\": \"X\",\n  \"statut\": 12");
            Path nowhere = dir.resolve("sans-region.json");
            ContractJson.write(SampleContracts.read(VAL).toBuilder().id("SANS-REGION").region(null).build(), nowhere);

            Cli.Result r = Cli.run("portfolio", "--samples", "--as-of", AS_OF, bad.toString(), nowhere.toString());
            Cli.Result json = Cli.run("portfolio", "--samples", "--as-of", AS_OF, "--format", "json", bad.toString(), nowhere.toString());

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).startsWith(bad + ":")
                    .contains(nowhere + " — SANS-REGION : laissé hors du portefeuille, sa région n'est pas reconnue");
            assertThat(r.err().lines().findFirst().orElseThrow()).matches(Pattern.quote(bad.toString()) + ":\\d+:\\d+: .*");
            assertThat(r.out()).contains("Hauts-de-France (32) — portefeuille au 23 novembre 2026 : 3 contrats")
                    .contains(bad + " : inutilisable, voir les erreurs");
            assertThat(json(json.out()).get("unusable").get(0).get("source").asString()).isEqualTo(bad.toString());
            assertThat(json(json.out()).get("leftOut").get(0).get("contract").asString()).isEqualTo("SANS-REGION");
            assertThat(json(json.out()).get("regions")).hasSize(3);
            assertNoStackTrace(r);
        }

        @Test
        void the_as_of_date_is_required_and_told_in_french() {
            Cli.Result r = Cli.run("portfolio", "--samples");

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).startsWith("Il manque : --as-of").contains("--as-of est obligatoire : cls ne prend pas la date du jour");
            assertThat(r.out()).isEmpty();
            assertNoStackTrace(r);
        }

        @Test
        void bad_territorial_data_or_a_folder_without_data_are_told_without_a_stack_trace() throws Exception {
            Path data = Files.createDirectories(dir.resolve("mauvaises"));
            Files.writeString(data.resolve("territoires.json"), "{\"communes\": [{\"code\": \"ABC\"}]}");
            Path empty = Files.createDirectories(dir.resolve("vide"));

            Cli.Result bad = Cli.run("portfolio", "--data", data.toString(), "--as-of", AS_OF, "--samples");
            Cli.Result none = Cli.run("portfolio", "--data", empty.toString(), "--as-of", AS_OF, "--samples");

            assertThat(bad.exit()).isEqualTo(2);
            assertThat(bad.err()).startsWith("--data : données territoriales inutilisables : " + data.resolve("territoires.json"));
            assertThat(none.exit()).isEqualTo(2);
            assertThat(none.err()).startsWith("--data " + empty + " : ce dossier ne contient ni prs.json");
            assertNoStackTrace(bad);
            assertNoStackTrace(none);
        }
    }
}
