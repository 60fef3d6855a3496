package io.github.cls4j.rules.exemples;

import static io.github.cls4j.rules.exemples.LoiExemples.signeLe;

import io.github.cls4j.core.code.CodeCommune;
import io.github.cls4j.core.code.Siren;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.Signataire;
import io.github.cls4j.core.contrat.TypeOrganisation;
import io.github.cls4j.core.territoire.Territoire;
import io.github.cls4j.core.territoire.TypeTerritoire;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Examples of the rules on the territory against the official geography, on real codes: the CU
 * d'Arras (SIREN 200033579) and its 46 communes; Berzy-le-Sec (02077), a commune until 2022,
 * déléguée of Bernoy-le-Château (02564) from 2023, merged into it in 2026; 80901, a code no
 * edition holds.
 */
final class GeographieExemples {

    private static final CodeCommune JAMAIS = CodeCommune.of("80901");
    private static final CodeCommune BERZY_LE_SEC = CodeCommune.of("02077");
    private static final CodeCommune AVION = CodeCommune.of("62065");
    private static final Siren CA_LENS_LIEVIN = Siren.of("246200364");
    private static final Siren COMMUNE_D_ARRAS = Siren.of("216200410");

    private GeographieExemples() {
    }

    /** The CU d'Arras of the examples, its communes those of the CU and {@code more}. */
    private static Territoire cuAvec(CodeCommune... more) {
        List<CodeCommune> communes = new ArrayList<>(Exemples.COMMUNES_CUA);
        communes.addAll(List.of(more));
        return territoire(TypeTerritoire.COMMUNAUTE_URBAINE, Exemples.territoire().siren(), communes);
    }

    private static Territoire territoire(TypeTerritoire type, Siren siren, List<CodeCommune> communes) {
        Territoire t = Exemples.territoire();
        return new Territoire(t.nom(), type, siren, communes, t.population(), t.qpv(), t.zoneInterventionPrioritaire(),
                t.territoirePrioritairePraps(), t.zoneRurale());
    }

    private static ContratLocalSante.Builder signeLeAvec(ContratLocalSante.Builder c, LocalDate day, Territoire territoire) {
        return signeLe(c, day).territoire(territoire);
    }

    private static Signataire cuaDeSiren(Siren siren) {
        Signataire cua = Exemples.cua();
        return new Signataire(cua.nom(), cua.type(), siren, cua.representant(), cua.dateSignature(), cua.deliberation(), cua.engagements());
    }

    static void define(Catalogue catalogue) {
        catalogue.regle("CLS-GEO-01")
                .declenche("signé le 31 décembre 2020 : il n'y a pas d'édition 2020", c -> signeLe(c, LocalDate.of(2020, 12, 31)), "territoire.communes")
                .epargne("signé le 1er janvier 2021, jugé sur l'édition 2021", c -> signeLe(c, LocalDate.of(2021, 1, 1)))
                .declenche("signé le 31 décembre 2018, avant la plus ancienne édition", c -> signeLe(c, LocalDate.of(2018, 12, 31)), "territoire.communes")
                .epargne("signé le 1er janvier 2019, jugé sur l'édition 2019", c -> signeLe(c, LocalDate.of(2019, 1, 1)))
                .epargne("un contrat de 2024, jugé sur l'édition 2024", c -> c)
                .epargne("un contrat de 2026, jugé sur l'édition 2026, la plus récente", c -> signeLe(c, LocalDate.of(2026, 3, 1)));
        catalogue.regle("CLS-GEO-02")
                .declenche("un code qu'aucune édition ne connaît, dans un contrat de 2024", c -> c.territoire(cuAvec(JAMAIS)), "territoire.communes")
                .epargne("le même code dans un contrat de 2020, sans édition de son année (CLS-GEO-04)",
                        c -> signeLeAvec(c, LocalDate.of(2020, 6, 1), cuAvec(JAMAIS)))
                .epargne("le même code en 2026 : aucune édition ne suit encore celle de 2026 (CLS-GEO-04)",
                        c -> signeLeAvec(c, LocalDate.of(2026, 3, 1), cuAvec(JAMAIS)))
                .epargne("les communes de la CU d'Arras", c -> c);
        catalogue.regle("CLS-GEO-03")
                .declenche("Berzy-le-Sec le 1er janvier 2023, commune déléguée de Bernoy-le-Château",
                        c -> signeLeAvec(c, LocalDate.of(2023, 1, 1), cuAvec(BERZY_LE_SEC)), "territoire.communes")
                .epargne("Berzy-le-Sec le 31 décembre 2022, encore une commune", c -> signeLeAvec(c, LocalDate.of(2022, 12, 31), cuAvec(BERZY_LE_SEC)))
                .declenche("Berzy-le-Sec en 2026, ancien code de Bernoy-le-Château", c -> signeLeAvec(c, LocalDate.of(2026, 1, 1), cuAvec(BERZY_LE_SEC)),
                        "territoire.communes")
                .epargne("les communes de la CU d'Arras", c -> c);
        catalogue.regle("CLS-GEO-04")
                .declenche("un code qu'aucune édition ne connaît, dans un contrat de 2020", c -> signeLeAvec(c, LocalDate.of(2020, 6, 1), cuAvec(JAMAIS)),
                        "territoire.communes")
                .epargne("le même code en 2024 est une erreur (CLS-GEO-02)", c -> c.territoire(cuAvec(JAMAIS)))
                .declenche("le même code en 2026, l'édition la plus récente", c -> signeLeAvec(c, LocalDate.of(2026, 3, 1), cuAvec(JAMAIS)),
                        "territoire.communes")
                .epargne("un ancien code que la géographie retrace (CLS-GEO-03)", c -> signeLeAvec(c, LocalDate.of(2026, 1, 1), cuAvec(BERZY_LE_SEC)));
        catalogue.regle("CLS-GEO-05")
                .declenche("le SIREN de la commune d'Arras pour une communauté urbaine",
                        c -> c.territoire(territoire(TypeTerritoire.COMMUNAUTE_URBAINE, COMMUNE_D_ARRAS, Exemples.COMMUNES_CUA)), "territoire.siren")
                .epargne("le SIREN de la CU d'Arras", c -> c)
                .epargne("un établissement public territorial, que la DGCL ne liste pas parmi les EPCI à fiscalité propre",
                        c -> c.territoire(territoire(TypeTerritoire.ETABLISSEMENT_PUBLIC_TERRITORIAL, COMMUNE_D_ARRAS, Exemples.COMMUNES_CUA)));
        catalogue.regle("CLS-GEO-06")
                .declenche("une communauté d'agglomération du SIREN de la CU d'Arras",
                        c -> c.territoire(territoire(TypeTerritoire.COMMUNAUTE_D_AGGLOMERATION, Exemples.territoire().siren(), Exemples.COMMUNES_CUA)),
                        "territoire.type")
                .epargne("une communauté urbaine", c -> c);
        catalogue.regle("CLS-GEO-07")
                .declenche("la CU d'Arras réduite à Arras", c -> c.territoire(territoire(TypeTerritoire.COMMUNAUTE_URBAINE, Exemples.territoire().siren(),
                        List.of(CodeCommune.of("62041")))), "territoire.communes")
                .epargne("ses 46 communes", c -> c)
                .epargne("un territoire qui ne liste aucune commune", c -> c.territoire(territoire(TypeTerritoire.COMMUNAUTE_URBAINE,
                        Exemples.territoire().siren(), List.of())));
        catalogue.regle("CLS-GEO-08")
                .declenche("la CU d'Arras et Avion, de la CA de Lens-Liévin", c -> c.territoire(cuAvec(AVION)), "territoire.communes")
                .epargne("ses 46 communes", c -> c);
        catalogue.regle("CLS-GEO-09")
                .declenche("la CUA signe avec le SIREN de la CA de Lens-Liévin", c -> c.signataires(Exemples.ars(), cuaDeSiren(CA_LENS_LIEVIN),
                        Exemples.prefet()), "signataires[1].siren")
                .epargne("la CUA signe avec le SIREN du territoire", c -> c)
                .epargne("pour le territoire de la seule commune d'Arras, la CUA signe : c'est son EPCI", c -> c
                        .territoire(territoire(TypeTerritoire.COMMUNE, null, List.of(CodeCommune.of("62041")))))
                .epargne("un établissement public territorial (Plaine Commune), que la liste des EPCI de la DGCL ne connaît pas, n'est pas jugé",
                        c -> c.signataires(Exemples.ars(), cuaDeSiren(Siren.of("200057867")), Exemples.prefet()))
                .epargne("la commune d'Arras signe avec son SIREN", c -> c.signataires(Exemples.ars(), Exemples.prefet(),
                        new Signataire("Ville d'Arras", TypeOrganisation.COMMUNE, COMMUNE_D_ARRAS, null, Exemples.SIGNATURE, null, List.of())));
    }
}
