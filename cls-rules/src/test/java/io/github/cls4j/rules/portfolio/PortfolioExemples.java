package io.github.cls4j.rules.portfolio;

import static io.github.cls4j.rules.portfolio.PortfolioFixtures.ARRAS;
import static io.github.cls4j.rules.portfolio.PortfolioFixtures.AS_OF;
import static io.github.cls4j.rules.portfolio.PortfolioFixtures.CHARTE;
import static io.github.cls4j.rules.portfolio.PortfolioFixtures.DATA;
import static io.github.cls4j.rules.portfolio.PortfolioFixtures.VAL;
import static io.github.cls4j.rules.portfolio.PortfolioFixtures.contrat;

import io.github.cls4j.core.code.Region;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.StatutContrat;
import java.time.LocalDate;
import java.util.List;

/**
 * The examples of the portfolio checks, as the rules of a contract have theirs: for each check a
 * portfolio of the Hauts-de-France on which it fires and one on which it does not.
 * {@code RuleExamplesTest} counts them with the others, so that no rule of the catalogue goes
 * without its examples on both sides.
 */
public final class PortfolioExemples {

    /**
     * One example of one portfolio check.
     *
     * @param ruleId the check
     * @param fires whether it fires on this portfolio
     * @param name what the example shows, in French
     * @param contrats the contracts of the portfolio
     */
    public record Exemple(String ruleId, boolean fires, String name, List<ContratLocalSante> contrats) {

        /** The report of the example's portfolio, in French. */
        public PortfolioReport report(Portfolio portfolio) {
            return portfolio.report(Region.HAUTS_DE_FRANCE, contrats, DATA, AS_OF);
        }

        @Override
        public String toString() {
            return ruleId + (fires ? " se déclenche : " : " ne se déclenche pas : ") + name;
        }
    }

    /** Covers 59903, the last commune of the data no contract covered, with its QPV and PRAPS territory. */
    private static final ContratLocalSante DERNIER = contrat("E", StatutContrat.SIGNE, LocalDate.of(2024, 6, 1), null, List.of(),
            "59903");
    /** Shares 80903 with VAL. */
    private static final ContratLocalSante CHEVAUCHANT = contrat("D", StatutContrat.SIGNE, LocalDate.of(2024, 6, 1), null,
            List.of(), "80903");

    private static final List<ContratLocalSante> SANS_LA_CHARTE = List.of(ARRAS, VAL);
    private static final List<ContratLocalSante> TOUT_COUVERT = List.of(ARRAS, VAL, CHARTE, DERNIER);

    /** Every example, in rule order. */
    public static final List<Exemple> ALL = List.of(
            new Exemple("CLS-POR-02", true, "deux contrats couvrent 26,5 % des territoires prioritaires, sous la cible de 75 %",
                    SANS_LA_CHARTE),
            new Exemple("CLS-POR-02", false, "avec la charte, la cible de 75 % est atteinte", List.of(ARRAS, VAL, CHARTE)),
            new Exemple("CLS-POR-03", true, "la commune 80903 est dans deux contrats en vigueur",
                    List.of(ARRAS, VAL, CHARTE, CHEVAUCHANT)),
            new Exemple("CLS-POR-03", false, "chaque commune est dans un seul contrat", TOUT_COUVERT),
            new Exemple("CLS-POR-04", true, "le QPV de 59901 n'est couvert par aucun contrat", SANS_LA_CHARTE),
            new Exemple("CLS-POR-04", false, "chaque QPV est couvert", TOUT_COUVERT),
            new Exemple("CLS-POR-05", true, "aucune commune des territoires PRAPS T2 et T3 n'est couverte", SANS_LA_CHARTE),
            new Exemple("CLS-POR-05", false, "chaque territoire PRAPS a une commune couverte", TOUT_COUVERT),
            new Exemple("CLS-POR-06", true, "le contrat d'Arras donné deux fois", List.of(ARRAS, VAL, ARRAS)),
            new Exemple("CLS-POR-06", false, "chaque contrat donné une fois", TOUT_COUVERT));

    private PortfolioExemples() {
    }
}
