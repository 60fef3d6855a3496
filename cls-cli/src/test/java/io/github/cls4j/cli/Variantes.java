package io.github.cls4j.cli;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.Derogation;
import io.github.cls4j.core.strategie.AxeStrategique;
import io.github.cls4j.core.strategie.Thematique;
import io.github.cls4j.samples.SampleContracts;
import java.time.LocalDate;

/** Variants of the samples that the command-line tests need and the samples do not hold. */
public final class Variantes {

    /** The sample the variants with dérogations are made of. */
    public static final String ARRAS_SANS_SANTE_MENTALE = "000-arras-cua--sans-volet-sante-mentale.json";

    private Variantes() {
    }

    /**
     * The Arras contract without its mental-health component, with two dérogations of the ARS: one
     * to a rule of practice (CLS-STR-11), which takes effect, and one to the law (CLS-LEG-03), which
     * has none.
     */
    public static ContratLocalSante arrasAvecDerogations() {
        LocalDate le = LocalDate.of(2023, 6, 1);
        return SampleContracts.read(ARRAS_SANS_SANTE_MENTALE).toBuilder()
                .derogations(new Derogation("CLS-STR-11", "Premier CLS de la CUA sur ce périmètre", "DG ARS Hauts-de-France", le, "renouvelle"),
                        new Derogation("CLS-LEG-03", "Volet santé mentale reporté à l'avenant de 2024", "DG ARS Hauts-de-France", le,
                                "voletSanteMentale"))
                .build();
    }

    /** The charte of seed 002 without the mental-health theme of its axes: it prepares no volet. */
    public static ContratLocalSante charteSansSanteMentale() {
        ContratLocalSante charte = SampleContracts.read("002-hdf-charte-deuxieme-generation.json");
        return charte.toBuilder().axes(charte.axes().stream().map(a -> new AxeStrategique(a.code(), a.intitule(),
                a.thematiques().stream().filter(t -> t != Thematique.SANTE_MENTALE).toList(), a.champs(), a.objectifsPrs(), a.objectifs()))
                .toList()).build();
    }
}
