package io.github.cls4j.rules.exemples;

import static io.github.cls4j.rules.exemples.LoiExemples.signeLe;

import io.github.cls4j.core.code.CodeQpv;
import io.github.cls4j.core.code.Siren;
import io.github.cls4j.core.contrat.Articulation;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.Partenaire;
import io.github.cls4j.core.contrat.TypeDispositif;
import io.github.cls4j.core.contrat.TypeOrganisation;
import io.github.cls4j.core.contrat.VoletSanteMentale;
import io.github.cls4j.core.territoire.Qpv;
import io.github.cls4j.core.territoire.Territoire;
import io.github.cls4j.core.territoire.TypeTerritoire;
import java.time.LocalDate;
import java.util.List;

/** Examples of the rules on the territory and the schemes the contract works with. */
final class TerritoireExemples {

    private TerritoireExemples() {
    }

    /** The contract signed on {@code day}, its territory the urban community of the examples with {@code qpv}. */
    private static ContratLocalSante.Builder uneCuSigneeLe(ContratLocalSante.Builder c, LocalDate day, CodeQpv qpv) {
        return signeLe(c, day).territoire(avec(TypeTerritoire.COMMUNAUTE_URBAINE, Exemples.territoire().siren(), qpv));
    }

    static Territoire avec(TypeTerritoire type, Siren siren, CodeQpv qpv) {
        Territoire t = Exemples.territoire();
        return new Territoire(t.nom(), type, siren, t.communes(), t.population(), List.of(new Qpv(qpv, null, null)),
                t.zoneInterventionPrioritaire(), t.territoirePrioritairePraps(), t.zoneRurale());
    }

    static void define(Catalogue catalogue) {
        Articulation clsm = new Articulation(TypeDispositif.CLSM, "CLSM d'Arras", null);
        Articulation contratDeVille = Exemples.conforme().articulations().get(0);
        catalogue.regle("CLS-TER-01")
                .declenche("un QPV et aucune articulation avec le contrat de ville", c -> c.articulations(List.of()), "articulations")
                .epargne("le CLS est le volet santé du contrat de ville", c -> c);
        catalogue.regle("CLS-TER-03")
                .declenche("un CLSM existe, le volet santé mentale ne le cite pas", c -> c.articulations(contratDeVille, clsm)
                        .voletSanteMentale(new VoletSanteMentale("Axe 2", List.of("A2"), "PTSM du Pas-de-Calais", null)), "voletSanteMentale.clsm")
                .epargne("le volet cite le CLSM", c -> c.articulations(contratDeVille, clsm))
                .epargne("aucun CLSM sur le territoire", c -> c.voletSanteMentale(new VoletSanteMentale("Axe 2", List.of("A2"), "PTSM", null)));
        Articulation cpts = new Articulation(TypeDispositif.CPTS, "CPTS de l'Artois", null);
        catalogue.regle("CLS-TER-04")
                .declenche("une CPTS existe et n'est pas partenaire", c -> c.articulations(contratDeVille, cpts), "articulations[1]")
                .epargne("la CPTS est partenaire", c -> c.articulations(contratDeVille, cpts)
                        .partenaires(new Partenaire("CPTS de l'Artois", TypeOrganisation.CPTS, null), Exemples.conforme().partenaires().get(0)));
        catalogue.regle("CLS-TER-05")
                .declenche("en Hauts-de-France, un CLS communal", c -> c.territoire(avec(TypeTerritoire.COMMUNE, null, Exemples.QPV)), "territoire.type")
                .epargne("un CLS intercommunal", c -> c)
                .profil("national")
                .epargne("le profil national ne demande pas l'échelle intercommunale", c -> c.territoire(avec(TypeTerritoire.COMMUNE, null, Exemples.QPV)));
        catalogue.regle("CLS-TER-06")
                .declenche("une communauté urbaine sans SIREN", c -> c.territoire(avec(TypeTerritoire.COMMUNAUTE_URBAINE, null, Exemples.QPV)), "territoire.siren")
                .epargne("une commune n'a pas besoin du SIREN d'un EPCI", c -> c.territoire(avec(TypeTerritoire.COMMUNE, null, Exemples.QPV)))
                .epargne("un EPCI avec son SIREN", c -> c);
        CodeQpv qpv2015 = CodeQpv.of("QP062005");
        catalogue.regle("CLS-TER-08")
                .declenche("signé le 1er janvier 2024 avec un QPV de 2015", c -> uneCuSigneeLe(c, LocalDate.of(2024, 1, 1), qpv2015), "territoire.qpv[0].code")
                .epargne("signé le 31 décembre 2023 avec un QPV de 2015", c -> uneCuSigneeLe(c, LocalDate.of(2023, 12, 31), qpv2015))
                .epargne("un QPV d'outre-mer de 2015, renouvelé en 2025 seulement", c -> c
                        .territoire(avec(TypeTerritoire.COMMUNAUTE_URBAINE, Exemples.territoire().siren(), CodeQpv.of("QP974001"))))
                .epargne("signé en 2024 avec un QPV de 2024", c -> c);
        CodeQpv qpvOutreMer2015 = CodeQpv.of("QP974001");
        catalogue.regle("CLS-TER-11")
                .declenche("signé le 1er janvier 2025 avec un QPV d'outre-mer de 2015", c -> uneCuSigneeLe(c, LocalDate.of(2025, 1, 1), qpvOutreMer2015), "territoire.qpv[0].code")
                .epargne("signé le 31 décembre 2024 avec un QPV d'outre-mer de 2015", c -> uneCuSigneeLe(c, LocalDate.of(2024, 12, 31), qpvOutreMer2015))
                .epargne("un QPV de métropole de 2015 relève de CLS-TER-08", c -> uneCuSigneeLe(c, LocalDate.of(2025, 1, 1), qpv2015));
        catalogue.regle("CLS-TER-10")
                .declenche("signé le 23 février 2022, sans volet, un CLSM lié", c -> signeLe(c, LocalDate.of(2022, 2, 23)).voletSanteMentale(null)
                        .articulations(contratDeVille, clsm), "voletSanteMentale")
                .epargne("signé le 22 février 2022, sans volet, un CLSM lié", c -> signeLe(c, LocalDate.of(2022, 2, 22)).voletSanteMentale(null)
                        .articulations(contratDeVille, clsm))
                .epargne("le contrat décrit son volet", c -> c.articulations(contratDeVille, clsm));
        catalogue.regle("CLS-TER-09")
                .declenche("signé le 31 décembre 2023 avec un QPV de 2024", c -> signeLe(c, LocalDate.of(2023, 12, 31)), "territoire.qpv[0].code")
                .epargne("signé le 1er janvier 2024 avec un QPV de 2024", c -> signeLe(c, LocalDate.of(2024, 1, 1)));
    }
}
