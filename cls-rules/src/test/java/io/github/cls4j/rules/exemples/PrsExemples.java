package io.github.cls4j.rules.exemples;

import static io.github.cls4j.rules.exemples.Exemples.axe;
import static io.github.cls4j.rules.exemples.Exemples.cua;
import static io.github.cls4j.rules.exemples.Exemples.fiche;
import static io.github.cls4j.rules.exemples.Exemples.prefet;

import io.github.cls4j.core.code.CodeCommune;
import io.github.cls4j.core.code.CodeRegion;
import io.github.cls4j.core.code.Region;
import io.github.cls4j.core.commun.Periode;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.Signataire;
import io.github.cls4j.core.contrat.TypeOrganisation;
import io.github.cls4j.core.strategie.AxeStrategique;
import io.github.cls4j.core.strategie.Objectif;
import io.github.cls4j.core.strategie.PerimetreAction;
import io.github.cls4j.core.territoire.Territoire;
import io.github.cls4j.core.territoire.TypeTerritoire;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** Examples of the alignment on the PRS, against the bundled PRS reference data. */
final class PrsExemples {

    private PrsExemples() {
    }

    static AxeStrategique sansPrs(String code) {
        AxeStrategique a = axe(code, "HDF-COS-1", fiche("FA-" + code, new PerimetreAction(true, List.of(), List.of())));
        return new AxeStrategique(a.code(), a.intitule(), a.thematiques(), a.champs(), List.of(), a.objectifs());
    }

    /**
     * A contract of La Réunion concluded on {@code day}, on a commune of La Réunion and one of
     * Mayotte, signed by the ARS Océan Indien alone.
     */
    private static ContratLocalSante.Builder reunionEtMayotte(ContratLocalSante.Builder c, LocalDate day) {
        return LoiExemples.signeLe(c, day).region(CodeRegion.of("04")).prs(null)
                .signataires(new Signataire("Agence de santé Océan Indien", TypeOrganisation.ARS, null, null, day, null, List.of()), cua())
                .territoire(new Territoire(Exemples.CUA, Exemples.territoire().type(), Exemples.territoire().siren(),
                        List.of(CodeCommune.of("97411"), CodeCommune.of("97611")), null, List.of(), true, true, false));
    }

    /** A contract of {@code region} signed by {@code ars}, its territory the communes {@code codes}. */
    private static ContratLocalSante.Builder contratDe(ContratLocalSante.Builder c, String region, String ars, String... codes) {
        return c.region(CodeRegion.of(region)).prs(null)
                .signataires(new Signataire(ars, TypeOrganisation.ARS, null, null, Exemples.SIGNATURE, null, List.of()), cua())
                .territoire(new Territoire(Exemples.CUA, TypeTerritoire.AUTRE, null, Stream.of(codes).map(CodeCommune::of).toList(), null,
                        List.of(), true, true, false));
    }

    static Signataire arsIdf() {
        return new Signataire("ARS Île-de-France", TypeOrganisation.ARS, null, null, Exemples.SIGNATURE, null, List.of());
    }

    static void define(Catalogue catalogue) {
        catalogue.regle("CLS-LEG-07")
                .declenche("ni PRS nommé, ni axe, objectif ou fiche qui le cite", c -> c.prs(null).axes(sansPrs("A1"), sansPrs("A2")), "axes")
                .epargne("le contrat nomme son PRS sans en citer d'objectif", c -> c.axes(sansPrs("A1"), sansPrs("A2")))
                .epargne("une charte n'est pas encore le contrat", c -> c.statut(io.github.cls4j.core.contrat.StatutContrat.ENGAGEMENT).prs(null)
                        .axes(sansPrs("A1"), sansPrs("A2")))
                .epargne("un seul axe cite le PRS", c -> c.axes(sansPrs("A1"), axe("A2", "HDF-COS-1", fiche("FA-2", new PerimetreAction(true, List.of(), List.of())))));
        AxeStrategique parSonObjectif = new AxeStrategique("A1", "Axe", List.of(), sansPrs("A1").champs(), List.of(),
                List.of(new Objectif("1.1", "Objectif", List.of(), List.of("HDF-COS-2"), sansPrs("A1").objectifs().get(0).fichesAction())));
        catalogue.regle("CLS-PRS-01")
                .declenche("le premier axe ne cite le PRS ni par lui-même ni par ses objectifs", c -> c.axes(sansPrs("A1"), axe("A2", "HDF-COS-1",
                        fiche("FA-2", new PerimetreAction(true, List.of(), List.of())))), "axes[0].objectifsPrs")
                .epargne("l'axe se rattache au PRS par son objectif", c -> c.axes(parSonObjectif, axe("A2", "HDF-COS-1",
                        fiche("FA-2", new PerimetreAction(true, List.of(), List.of())))));
        catalogue.regle("CLS-LEG-08")
                .declenche("un axe cite un objectif inconnu du PRS des Hauts-de-France", c -> c.axes(axe("A1", "HDF-COS-9",
                        fiche("FA-1", new PerimetreAction(true, List.of(), List.of())))), "axes[0].objectifsPrs")
                .epargne("les objectifs cités existent", c -> c)
                .epargne("une région dont les données ne listent aucun objectif n'est pas jugée", c -> c.region(CodeRegion.of(Region.BRETAGNE)).prs(null)
                        .signataires(new Signataire("ARS Bretagne", TypeOrganisation.ARS, null, null, Exemples.SIGNATURE, null, List.of()), cua(), prefet())
                        .axes(axe("A1", "HDF-COS-9", fiche("FA-1", new PerimetreAction(true, List.of(), List.of())))));
        catalogue.regle("CLS-PRS-02")
                .auJour(LocalDate.of(2023, 10, 26))
                .declenche("un objectif du SRS révisé, au 26 octobre 2023, veille de l'arrêté", c -> c, "axes[1].objectifsPrs")
                .auJour(LocalDate.of(2023, 10, 27))
                .epargne("le même, au 27 octobre 2023, jour de l'arrêté", c -> c)
                .auJour(null)
                .epargne("sans date de contrôle, la validité n'est pas jugée", c -> c);
        catalogue.regle("CLS-LEG-09")
                .declenche("une commune de Paris dans un territoire du Pas-de-Calais", c -> c.territoire(new Territoire(
                        Exemples.CUA, Exemples.territoire().type(), Exemples.territoire().siren(), List.of(CodeCommune.of("62041"), CodeCommune.of("75056")),
                        null, Exemples.territoire().qpv(), false, true, false)), "territoire.communes")
                .epargne("toutes les communes sont du Pas-de-Calais", c -> c)
                .epargne("l'ARS Île-de-France cosigne pour la commune de Paris", c -> c.territoire(new Territoire(
                        Exemples.CUA, Exemples.territoire().type(), Exemples.territoire().siren(), List.of(CodeCommune.of("62041"), CodeCommune.of("75056")),
                        null, Exemples.territoire().qpv(), true, true, false)).signataires(Exemples.ars(), arsIdf(), cua(), prefet()))
                .epargne("une commune de Saint-Pierre-et-Miquelon, sans ARS, n'est pas jugée", c -> c.territoire(new Territoire(
                        Exemples.CUA, Exemples.territoire().type(), Exemples.territoire().siren(), List.of(CodeCommune.of("62041"), CodeCommune.of("97502")),
                        null, Exemples.territoire().qpv(), true, true, false)))
                .declenche("Berzy-le-Sec (02077), fondue en 2026 dans une commune de l'Aisne, dans un contrat d'Île-de-France",
                        c -> LoiExemples.signeLe(contratDe(c, "11", "ARS Île-de-France", "75056", "02077"), LocalDate.of(2026, 3, 1))
                                .signataires(arsIdf(), cua()), "territoire.communes")
                .epargne("avant 2020, un contrat de Mayotte signé par l'Agence de santé Océan Indien", c -> reunionEtMayotte(c,
                        Region.ARS_MAYOTTE.minusDays(1)).region(CodeRegion.of("06")))
                .epargne("Saint-Martin et Saint-Barthélemy, collectivités d'outre-mer, dans un contrat de Guadeloupe signé par son ARS",
                        c -> contratDe(c, "01", "ARS Guadeloupe, Saint-Martin et Saint-Barthélemy", "97105", "97801", "97701"))
                .declenche("Saint-Martin dans un contrat de Martinique : l'ARS de Guadeloupe est compétente et ne signe pas",
                        c -> contratDe(c, "02", "ARS Martinique", "97209", "97801"), "territoire.communes")
                .declenche("la CC d'Aire-sur-l'Adour, dont des communes sont en Occitanie, dans un contrat de Nouvelle-Aquitaine",
                        c -> contratDe(c, "75", "ARS Nouvelle-Aquitaine", "40001", "32004"), "territoire.communes")
                .epargne("les mêmes communes, l'ARS Occitanie cosignant", c -> contratDe(c, "75", "ARS Nouvelle-Aquitaine", "40001", "32004")
                        .signataires(new Signataire("ARS Nouvelle-Aquitaine", TypeOrganisation.ARS, null, null, Exemples.SIGNATURE, null, List.of()),
                                new Signataire("ARS Occitanie", TypeOrganisation.ARS, null, null, Exemples.SIGNATURE, null, List.of()), cua()))
                .epargne("avant 2020, l'ARS Océan Indien signe pour Mayotte un contrat de La Réunion", c -> reunionEtMayotte(c, Region.ARS_MAYOTTE.minusDays(1)))
                .declenche("depuis 2020, Mayotte a son ARS, qui ne signe pas", c -> reunionEtMayotte(c, Region.ARS_MAYOTTE), "territoire.communes");
        catalogue.regle("CLS-PRS-05")
                .declenche("l'ARS Île-de-France cosigne avec l'ARS Hauts-de-France", c -> c.signataires(Exemples.ars(), arsIdf(), cua(), prefet()),
                        "signataires[1].nom")
                .epargne("seule l'ARS de la région signe", c -> c);
        catalogue.regle("CLS-PRS-06")
                .declenche("signé le 4 juillet 2018, la veille de l'arrêté du PRS des Hauts-de-France", c -> LoiExemples.signeLe(c, LocalDate.of(2018, 7, 4)), "prs")
                .epargne("signé le 5 juillet 2018, jour de l'arrêté", c -> LoiExemples.signeLe(c, LocalDate.of(2018, 7, 5)))
                .declenche("signé le 1er janvier 2029, après la fin du PRS", c -> LoiExemples.signeLe(c, LocalDate.of(2029, 1, 1)), "prs")
                .epargne("signé le 31 décembre 2028, son dernier jour selon les données (l'année de fin est publiée, pas le jour)", c -> LoiExemples.signeLe(c, LocalDate.of(2028, 12, 31)))
                .epargne("un PRS dont les données ne connaissent pas le début, en 2017", c -> LoiExemples.signeLe(c, LocalDate.of(2017, 1, 1))
                        .region(CodeRegion.of("11")).prs("IDF-PRS-2018-2022"))
                .epargne("le PRS nommé est inconnu du référentiel", c -> c.prs("HDF-PRS-2029-2033"));
        catalogue.regle("CLS-PRS-03")
                .declenche("un contrat des Hauts-de-France applique le PRS d'Occitanie", c -> c.prs("OCC-PRS-2023-2028"), "prs")
                .epargne("il applique le PRS de sa région", c -> c)
                .epargne("le PRS nommé est inconnu du référentiel", c -> c.prs("HDF-PRS-2029-2033"))
                .epargne("avant 2020, un contrat de Mayotte applique le PRS de l'Agence de santé Océan Indien", c -> reunionEtMayotte(c,
                        Region.ARS_MAYOTTE.minusDays(1)).region(CodeRegion.of("06")).prs("REU-PRS-2018-2028"))
                .declenche("depuis 2020, un contrat de Mayotte applique le PRS de La Réunion", c -> reunionEtMayotte(c, Region.ARS_MAYOTTE)
                        .region(CodeRegion.of("06")).prs("REU-PRS-2018-2028"), "prs");
        catalogue.regle("CLS-PRS-04")
                .declenche("l'ARS Île-de-France signe un contrat des Hauts-de-France", c -> c.signataires(new Signataire("ARS Île-de-France",
                        TypeOrganisation.ARS, null, null, Exemples.SIGNATURE, null, List.of()), cua(), prefet()), "signataires[0].nom")
                .epargne("l'ARS signe sous le seul sigle", c -> c.signataires(new Signataire("ARS", TypeOrganisation.ARS, null, null,
                        Exemples.SIGNATURE, null, List.of()), cua(), prefet()))
                .epargne("l'ARS Hauts-de-France signe", c -> c);
        catalogue.regle("CLS-STR-04").profil("national")
                .declenche("le contrat court jusqu'au 1er janvier 2029, après le PRS", c -> c.periode(Periode.du(LocalDate.of(2024, 4, 1), LocalDate.of(2029, 1, 1))), "periode")
                .epargne("il se termine le 31 décembre 2028 avec le PRS", c -> c);
        catalogue.regle("CLS-STR-19")
                .declenche("en Hauts-de-France, le contrat se termine le 31 décembre 2027, l'année avant le PRS", c -> c.periode(Periode.du(LocalDate.of(2024, 4, 1), LocalDate.of(2027, 12, 31))), "periode")
                .epargne("il se termine le 31 décembre 2028 avec le PRS", c -> c)
                .epargne("il se termine le 30 juin 2028, l'année du PRS", c -> c.periode(Periode.du(LocalDate.of(2024, 4, 1), LocalDate.of(2028, 6, 30))))
                .epargne("un avenant le prolonge jusqu'à la fin du PRS", c -> c.periode(Periode.du(LocalDate.of(2024, 4, 1), LocalDate.of(2027, 12, 31)))
                        .avenants(new io.github.cls4j.core.contrat.Avenant(1, LocalDate.of(2027, 6, 1), "Prolongation", LocalDate.of(2028, 12, 31), null)))
                .profil("national")
                .epargne("le profil national n'aligne pas la fin sur le PRS", c -> c.periode(Periode.du(LocalDate.of(2024, 4, 1), LocalDate.of(2027, 12, 31))));
    }
}
