package io.github.cls4j.core;

import io.github.cls4j.core.code.CodeCommune;
import io.github.cls4j.core.code.CodeQpv;
import io.github.cls4j.core.code.CodeRegion;
import io.github.cls4j.core.code.Siren;
import io.github.cls4j.core.commun.Periode;
import io.github.cls4j.core.commun.Personne;
import io.github.cls4j.core.contrat.Articulation;
import io.github.cls4j.core.contrat.Avenant;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.Deliberation;
import io.github.cls4j.core.contrat.Derogation;
import io.github.cls4j.core.contrat.Diagnostic;
import io.github.cls4j.core.contrat.Evaluation;
import io.github.cls4j.core.contrat.MesureIndicateur;
import io.github.cls4j.core.contrat.Partenaire;
import io.github.cls4j.core.contrat.Participation;
import io.github.cls4j.core.contrat.Provenance;
import io.github.cls4j.core.contrat.Signataire;
import io.github.cls4j.core.contrat.StatutContrat;
import io.github.cls4j.core.contrat.TypeDispositif;
import io.github.cls4j.core.contrat.TypeEvaluation;
import io.github.cls4j.core.contrat.TypeOrganisation;
import io.github.cls4j.core.contrat.VoletSanteMentale;
import io.github.cls4j.core.gouvernance.Comite;
import io.github.cls4j.core.gouvernance.Coordination;
import io.github.cls4j.core.gouvernance.Gouvernance;
import io.github.cls4j.core.gouvernance.PartFinancement;
import io.github.cls4j.core.strategie.AxeStrategique;
import io.github.cls4j.core.strategie.AxeTransversal;
import io.github.cls4j.core.strategie.ChampLegal;
import io.github.cls4j.core.strategie.Cible;
import io.github.cls4j.core.strategie.FicheAction;
import io.github.cls4j.core.strategie.Financement;
import io.github.cls4j.core.strategie.Frequence;
import io.github.cls4j.core.strategie.Indicateur;
import io.github.cls4j.core.strategie.Mesure;
import io.github.cls4j.core.strategie.Objectif;
import io.github.cls4j.core.strategie.PerimetreAction;
import io.github.cls4j.core.strategie.PublicCible;
import io.github.cls4j.core.strategie.StatutAction;
import io.github.cls4j.core.strategie.Thematique;
import io.github.cls4j.core.strategie.TypeIndicateur;
import io.github.cls4j.core.territoire.Qpv;
import io.github.cls4j.core.territoire.Territoire;
import io.github.cls4j.core.territoire.TypeTerritoire;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Random contracts for property tests, reproducible from a seed. Every field is sometimes
 * missing, every list sometimes empty; texts mix accents, quotes, escapes and characters outside
 * the Basic Multilingual Plane; codes are sometimes malformed, since the format must carry an
 * illegal contract as faithfully as a legal one. Lists hold no {@code null}: the format rejects
 * them.
 */
public final class RandomContracts {

    private static final String ALPHABET = "abcdeéèêàçôùïAZ09 -'\"\\/\n\t«»€œ😀";

    private final Random random;

    private RandomContracts(long seed) {
        this.random = new Random(seed);
    }

    /** The contract of a given seed: the same seed always gives the same contract. */
    public static ContratLocalSante contract(long seed) {
        return new RandomContracts(seed).contrat();
    }

    private ContratLocalSante contrat() {
        return ContratLocalSante.builder()
                .id(text())
                .intitule(text())
                .generation(maybe(() -> random.nextInt(5) + 1))
                .statut(maybe(() -> pick(StatutContrat.values())))
                .region(maybe(() -> CodeRegion.of(pick("32", "11", "76", "94", "06", "05", ""))))
                .prs(text())
                .territoire(maybe(this::territoire))
                .periode(maybe(this::periode))
                .dateCharte(date())
                .dateSignature(date())
                .signataires(list(this::signataire))
                .partenaires(list(() -> new Partenaire(text(), maybe(() -> pick(TypeOrganisation.values())), text())))
                .gouvernance(maybe(() -> new Gouvernance(maybe(this::comite), maybe(this::comite),
                        maybe(() -> new Coordination(maybe(this::personne), decimal(), text(), list(() ->
                                new PartFinancement(text(), decimal(), decimal())))))))
                .diagnostic(maybe(() -> new Diagnostic(date(), text(), bool(), list(this::word), list(this::word))))
                .axes(list(this::axe))
                .axesTransversaux(list(() -> new AxeTransversal(text(), text(), text(),
                        list(() -> pick(Thematique.values())))))
                .voletSanteMentale(maybe(() -> new VoletSanteMentale(text(), list(this::word), text(), text())))
                .participation(maybe(() -> new Participation(list(this::word), bool(), bool(), bool(), bool(), bool())))
                .articulations(list(() -> new Articulation(pick(TypeDispositif.values()), text(), text())))
                .evaluations(list(() -> new Evaluation(pick(TypeEvaluation.values()), date(), text(), list(this::word),
                        list(() -> new MesureIndicateur(text(), decimal(), date())))))
                .avenants(list(() -> new Avenant(maybe(() -> random.nextInt(9) + 1), date(), text(), date(),
                        list(this::signataire))))
                .renouvelle(text())
                .derogations(list(() -> new Derogation(text(), text(), text(), date(), text())))
                .provenance(maybe(() -> new Provenance(text(), list(this::word), list(this::word))))
                .build();
    }

    private Territoire territoire() {
        return new Territoire(text(), maybe(() -> pick(TypeTerritoire.values())),
                maybe(() -> Siren.of(pick("246200364", "200054781", "123456789", "x"))),
                list(() -> CodeCommune.of(pick("62041", "2A004", "97411", "20004"))),
                maybe(() -> random.nextInt(2_000_000)),
                list(() -> new Qpv(CodeQpv.of(pick("QP062001", "QN06201M", "Q")), text(),
                        maybe(() -> random.nextInt(20_000)))),
                bool(), bool(), bool());
    }

    private Signataire signataire() {
        return new Signataire(text(), maybe(() -> pick(TypeOrganisation.values())),
                maybe(() -> Siren.of("246200364")), maybe(this::personne), date(),
                maybe(() -> new Deliberation(text(), date())), list(this::word));
    }

    private AxeStrategique axe() {
        return new AxeStrategique(text(), text(), list(() -> pick(Thematique.values())),
                list(() -> pick(ChampLegal.values())), list(this::word), list(() -> new Objectif(text(), text(),
                        list(() -> pick(Thematique.values())), list(this::word), list(this::ficheAction))));
    }

    private FicheAction ficheAction() {
        return new FicheAction(text(), text(), text(), text(), list(this::word),
                list(() -> pick(PublicCible.values())),
                maybe(() -> new PerimetreAction(bool(), list(() -> CodeCommune.of("62041")),
                        list(() -> CodeQpv.of("QN06201M")))),
                maybe(this::periode),
                list(() -> new Financement(text(), decimal(), bool())),
                list(() -> pick(ChampLegal.values())), list(() -> pick(Thematique.values())), list(this::word),
                maybe(() -> pick(StatutAction.values())),
                list(() -> new Indicateur(text(), text(), maybe(() -> pick(TypeIndicateur.values())), text(),
                        maybe(() -> new Mesure(decimal(), date())), maybe(() -> new Cible(decimal(), date())), text(),
                        maybe(() -> pick(Frequence.values())), list(() -> new Mesure(decimal(), date())))));
    }

    private Comite comite() {
        return new Comite(list(this::word), list(this::word), maybe(() -> random.nextInt(12)));
    }

    private Personne personne() {
        return new Personne(text(), text(), text());
    }

    private Periode periode() {
        return new Periode(date(), date());
    }

    private <T> T maybe(Supplier<T> value) {
        return random.nextInt(4) == 0 ? null : value.get();
    }

    private <T> List<T> list(Supplier<T> item) {
        int size = random.nextInt(4);
        List<T> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(item.get());
        }
        return items;
    }

    private String text() {
        if (random.nextInt(5) == 0) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0,
                    random.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
        }
        return text.toString();
    }

    /** A text that is never null: the format has no null inside a list. */
    private String word() {
        String text = text();
        return text == null ? "" : text;
    }

    private LocalDate date() {
        return maybe(() -> LocalDate.of(1990, 1, 1).plusDays(random.nextInt(25_000)));
    }

    private BigDecimal decimal() {
        return maybe(() -> BigDecimal.valueOf(random.nextLong() % 10_000_000, random.nextInt(8) - 2));
    }

    private Boolean bool() {
        return maybe(random::nextBoolean);
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }
}
