package io.github.cls4j.core.contrat;

import io.github.cls4j.core.code.CodeRegion;
import io.github.cls4j.core.code.WellFormed;
import io.github.cls4j.core.commun.Listes;
import io.github.cls4j.core.commun.LooksThrough;
import io.github.cls4j.core.commun.Periode;
import io.github.cls4j.core.gouvernance.Gouvernance;
import io.github.cls4j.core.strategie.AxeStrategique;
import io.github.cls4j.core.strategie.AxeTransversal;
import io.github.cls4j.core.strategie.FicheAction;
import io.github.cls4j.core.strategie.Indicateur;
import io.github.cls4j.core.strategie.Objectif;
import io.github.cls4j.core.strategie.Thematique;
import io.github.cls4j.core.territoire.Territoire;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Contrat Local de Santé: the contract by which an Agence Régionale de Santé and a local
 * authority, often with the préfet, the Assurance Maladie, the département and hospitals, apply
 * the regional health project on a territory (CSP art. L1434-10 IV).
 *
 * <p>Its life cycle ({@link StatutContrat}) starts with a commitment, often a signed charte
 * d'engagement, then a shared diagnostic and the writing of axes, objectives and fiches action
 * with the partners; once signed it runs for some years under a comité de pilotage and a
 * coordinator, is evaluated every year and at its end, may be amended by avenants, and is renewed
 * by a contract of the next generation.
 *
 * <p>This record is the aggregate root of the model. It holds what a contract says and never
 * enforces the regulations: an incomplete or illegal contract is constructible so that it can be
 * reported. The constructor only turns {@code null} lists into empty ones. Structural constraints
 * are Bean Validation annotations; the rules of {@code cls-rules} judge the rest. Build one with
 * {@link #builder()}; the path of each element is given by {@link
 * io.github.cls4j.core.path.ContractElements}.
 *
 * @param id the stable identifier of the contract, e.g. "HDF-CUA-2023"
 * @param intitule its title
 * @param generation 1 for a first contract on the territory, 2 for its renewal, and so on
 * @param statut its stage in the life cycle
 * @param region the region of the ARS that concludes it
 * @param prs the identifier of the regional health project it applies, as in the PRS reference data, e.g. "HDF-PRS-2018-2028"
 * @param territoire the territory it covers
 * @param periode when it runs
 * @param dateCharte the day the charte d'engagement was signed, if there is one
 * @param dateSignature the day the contract was concluded
 * @param signataires the organisations that sign it
 * @param partenaires the organisations that take part without signing
 * @param gouvernance its steering bodies and coordination
 * @param diagnostic the shared local health diagnostic
 * @param axes its strategic axes
 * @param axesTransversaux its cross-cutting axes
 * @param voletSanteMentale its mental-health component, if it has one
 * @param participation how inhabitants and users take part
 * @param articulations its links to the contrat de ville, Atelier Santé Ville, CLSM, PTSM, CPTS
 * @param evaluations its evaluations so far
 * @param avenants its amendments
 * @param renouvelle the id of the contract it renews, for a second or later generation
 * @param derogations the rules waived for it, each with its justification
 * @param provenance where the content of the file comes from
 */
public record ContratLocalSante(
        @NotBlank String id,
        @NotBlank String intitule,
        @Positive Integer generation,
        @NotNull StatutContrat statut,
        @NotNull @WellFormed CodeRegion region,
        String prs,
        @NotNull @Valid Territoire territoire,
        @Valid Periode periode,
        LocalDate dateCharte,
        LocalDate dateSignature,
        List<@NotNull @Valid Signataire> signataires,
        List<@NotNull @Valid Partenaire> partenaires,
        @Valid Gouvernance gouvernance,
        @Valid Diagnostic diagnostic,
        List<@NotNull @Valid AxeStrategique> axes,
        List<@NotNull @Valid AxeTransversal> axesTransversaux,
        @Valid VoletSanteMentale voletSanteMentale,
        @Valid Participation participation,
        List<@NotNull @Valid Articulation> articulations,
        List<@NotNull @Valid Evaluation> evaluations,
        List<@NotNull @Valid Avenant> avenants,
        String renouvelle,
        List<@NotNull @Valid Derogation> derogations,
        @Valid Provenance provenance) {

    /** Normalises the lists; checks nothing. */
    public ContratLocalSante {
        signataires = Listes.copie(signataires);
        partenaires = Listes.copie(partenaires);
        axes = Listes.copie(axes);
        axesTransversaux = Listes.copie(axesTransversaux);
        articulations = Listes.copie(articulations);
        evaluations = Listes.copie(evaluations);
        avenants = Listes.copie(avenants);
        derogations = Listes.copie(derogations);
    }

    /** A builder for a new contract; every field starts empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this contract, to derive a variant of it. */
    public Builder toBuilder() {
        return builder().id(id).intitule(intitule).generation(generation).statut(statut).region(region).prs(prs)
                .territoire(territoire).periode(periode).dateCharte(dateCharte).dateSignature(dateSignature)
                .signataires(signataires).partenaires(partenaires).gouvernance(gouvernance).diagnostic(diagnostic)
                .axes(axes).axesTransversaux(axesTransversaux).voletSanteMentale(voletSanteMentale)
                .participation(participation).articulations(articulations).evaluations(evaluations).avenants(avenants)
                .renouvelle(renouvelle).derogations(derogations).provenance(provenance);
    }

    /** Whether the contract says it is concluded: signed, running, evaluated, ended or renewed. */
    public boolean estConclu() {
        return statut != null && statut.estConclu();
    }

    /**
     * The day the contract was concluded, on which the law that binds it is judged: its signature;
     * else the latest day a signatory signed; else the start of its period. Its avenants do not
     * conclude it anew: no text makes an amendment a new conclusion, and the 3DS law has no
     * transitional clause, so a contract in progress stays under the law of its conclusion. Empty
     * when the contract gives none of these days.
     */
    public Optional<LocalDate> dateDeConclusion() {
        if (dateSignature != null) {
            return Optional.of(dateSignature);
        }
        return signataires.stream().filter(Objects::nonNull).map(Signataire::dateSignature).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).or(() -> Optional.ofNullable(periode == null ? null : periode.debut()));
    }

    /**
     * The period as the avenants leave it: from the start of {@link #periode()} to the new end date
     * of the latest avenant that sets one, else to the end of the period. Latest means the last by
     * date, then by number, then in the order of the list. {@code null} when the contract has
     * neither a period nor an avenant that sets its end.
     */
    public Periode periodeEffective() {
        Avenant latest = null;
        for (Avenant avenant : avenants) {
            if (avenant != null && avenant.nouvelleDateFin() != null && (latest == null || !avenant.precede(latest))) {
                latest = avenant;
            }
        }
        if (latest == null) {
            return periode;
        }
        return new Periode(periode == null ? null : periode.debut(), latest.nouvelleDateFin());
    }

    /**
     * Whether the contract carries a mental-health component, in any of the forms it takes: its
     * {@link #voletSanteMentale() volet}, an axis (strategic or cross-cutting), objective or fiche
     * action whose theme is {@link Thematique#SANTE_MENTALE mental health}, or a linked conseil local
     * de santé mentale, since the CLSM "constituent, lorsqu'ils existent, le volet santé mentale des
     * contrats locaux de santé" (instruction DGS/SP4/CGET/2016/289 du 30 septembre 2016).
     */
    public boolean comporteUnVoletSanteMentale() {
        return voletSanteMentale != null || clsm().isPresent() || axesTransversaux.stream().anyMatch(a -> a != null
                && a.thematiques().contains(Thematique.SANTE_MENTALE)) || axes.stream().anyMatch(ContratLocalSante::porteLaSanteMentale);
    }

    private static boolean porteLaSanteMentale(AxeStrategique axe) {
        return axe != null && (axe.thematiques().contains(Thematique.SANTE_MENTALE) || axe.objectifs().stream().anyMatch(o -> o != null
                && (o.thematiques().contains(Thematique.SANTE_MENTALE) || o.fichesAction().stream().anyMatch(f -> f != null
                        && f.thematiques().contains(Thematique.SANTE_MENTALE)))));
    }

    /**
     * Whether one of the contract's own signatories is of {@code type}. The signatories of its
     * avenants do not count: they sign the amendment, not the contract.
     */
    @LooksThrough(value = "signataires", reads = "type")
    public boolean estSignePar(TypeOrganisation type) {
        return Listes.existe(signataires, s -> s.type() == type);
    }

    /**
     * Whether one of the contract's own signatories is a collectivité territoriale or a groupement
     * of them ({@link TypeOrganisation#estCollectiviteOuGroupement()}).
     */
    @LooksThrough(value = "signataires", reads = "type")
    public boolean estSigneParUneCollectivite() {
        return Listes.existe(signataires, s -> s.type() != null && s.type().estCollectiviteOuGroupement());
    }

    /**
     * Whether the contract is signed only by the ARS and actors of care, at least one of them
     * ({@link TypeOrganisation#estActeurDesSoins()}): the parties of a contrat territorial de santé
     * (CSP L1434-13). A signatory of unknown kind may be anyone, so it makes the answer no.
     */
    @LooksThrough(value = "signataires", reads = "type")
    public boolean nEstSigneQueParLArsEtDesActeursDesSoins() {
        return Listes.existe(signataires, s -> s.type() != null && s.type().estActeurDesSoins())
                && !Listes.existe(signataires, s -> s.type() != TypeOrganisation.ARS && (s.type() == null || !s.type().estActeurDesSoins()));
    }

    /** Whether an organisation of {@code type} signs the contract or takes part in it as a partner. */
    @LooksThrough(value = {"signataires", "partenaires"}, reads = "type")
    public boolean associe(TypeOrganisation type) {
        return estSignePar(type) || Listes.existe(partenaires, p -> p.type() == type);
    }

    /**
     * Whether a fund of the assurance maladie ({@link TypeOrganisation#estAssuranceMaladie()})
     * signs the contract or takes part in it as a partner.
     */
    @LooksThrough(value = {"signataires", "partenaires"}, reads = "type")
    public boolean associeLAssuranceMaladie() {
        return Listes.existe(signataires, s -> s.type() != null && s.type().estAssuranceMaladie())
                || Listes.existe(partenaires, p -> p.type() != null && p.type().estAssuranceMaladie());
    }

    /** Whether the contract names an articulation with a scheme of {@code type}. */
    @LooksThrough(value = "articulations", reads = "type")
    public boolean estArticuleAvec(TypeDispositif type) {
        return Listes.existe(articulations, a -> a.type() == type);
    }

    /** Whether one of the contract's evaluations is of {@code type}, whatever its date. */
    @LooksThrough(value = "evaluations", reads = "type")
    public boolean aUneEvaluation(TypeEvaluation type) {
        return Listes.existe(evaluations, e -> e.type() == type);
    }

    /** The strategic axes whose code another axis of the contract has too, in their order. */
    public List<AxeStrategique> axesAuCodeEnDouble() {
        return Listes.enDouble(axes, AxeStrategique::code);
    }

    /** The objectives whose code another objective of the contract has too, under any axis. */
    public List<Objectif> objectifsAuCodeEnDouble() {
        return Listes.enDouble(objectifs(), Objectif::code);
    }

    /** The fiches action whose code another fiche of the contract has too, under any objective. */
    public List<FicheAction> fichesAuCodeEnDouble() {
        return Listes.enDouble(fichesAction(), FicheAction::code);
    }

    /** The indicators whose code another indicator of the contract has too, in any fiche. */
    public List<Indicateur> indicateursAuCodeEnDouble() {
        List<Indicateur> indicateurs = new ArrayList<>();
        for (FicheAction fiche : fichesAction()) {
            indicateurs.addAll(fiche.indicateurs());
        }
        return Listes.enDouble(indicateurs, Indicateur::code);
    }

    private List<Objectif> objectifs() {
        List<Objectif> objectifs = new ArrayList<>();
        for (AxeStrategique axe : axes) {
            if (axe != null) {
                objectifs.addAll(axe.objectifs());
            }
        }
        return objectifs;
    }

    private List<FicheAction> fichesAction() {
        List<FicheAction> fiches = new ArrayList<>();
        for (Objectif objectif : objectifs()) {
            if (objectif != null) {
                fiches.addAll(objectif.fichesAction());
            }
        }
        return fiches;
    }

    /** The conseil local de santé mentale the contract links to, if it names one. */
    public Optional<Articulation> clsm() {
        for (Articulation articulation : articulations) {
            if (articulation != null && articulation.type() == TypeDispositif.CLSM) {
                return Optional.of(articulation);
            }
        }
        return Optional.empty();
    }

    /**
     * Builds a {@link ContratLocalSante} one field at a time. Not thread-safe. Each setter sets the
     * component of its name, described on the record, and returns this builder; a list may be given
     * whole or element by element, and the contract keeps a copy of it.
     */
    public static final class Builder {
        private String id;
        private String intitule;
        private Integer generation;
        private StatutContrat statut;
        private CodeRegion region;
        private String prs;
        private Territoire territoire;
        private Periode periode;
        private LocalDate dateCharte;
        private LocalDate dateSignature;
        private List<Signataire> signataires = List.of();
        private List<Partenaire> partenaires = List.of();
        private Gouvernance gouvernance;
        private Diagnostic diagnostic;
        private List<AxeStrategique> axes = List.of();
        private List<AxeTransversal> axesTransversaux = List.of();
        private VoletSanteMentale voletSanteMentale;
        private Participation participation;
        private List<Articulation> articulations = List.of();
        private List<Evaluation> evaluations = List.of();
        private List<Avenant> avenants = List.of();
        private String renouvelle;
        private List<Derogation> derogations = List.of();
        private Provenance provenance;

        private Builder() {
        }

        /** Sets the stable identifier of the contract, e.g. "HDF-CUA-2023". */
        public Builder id(String id) { this.id = id; return this; }
        /** Sets its title. */
        public Builder intitule(String intitule) { this.intitule = intitule; return this; }
        /** Sets 1 for a first contract on the territory, 2 for its renewal, and so on. */
        public Builder generation(Integer generation) { this.generation = generation; return this; }
        /** Sets its stage in the life cycle. */
        public Builder statut(StatutContrat statut) { this.statut = statut; return this; }
        /** Sets the region of the ARS that concludes it. */
        public Builder region(CodeRegion region) { this.region = region; return this; }
        /** Sets the identifier of the regional health project it applies, e.g. "HDF-PRS-2018-2028". */
        public Builder prs(String prs) { this.prs = prs; return this; }
        /** Sets the territory it covers. */
        public Builder territoire(Territoire territoire) { this.territoire = territoire; return this; }
        /** Sets when it runs. */
        public Builder periode(Periode periode) { this.periode = periode; return this; }
        /** Sets the day the charte d'engagement was signed, if there is one. */
        public Builder dateCharte(LocalDate dateCharte) { this.dateCharte = dateCharte; return this; }
        /** Sets the day the contract was concluded. */
        public Builder dateSignature(LocalDate dateSignature) { this.dateSignature = dateSignature; return this; }
        /** Sets the organisations that sign it. */
        public Builder signataires(List<Signataire> signataires) { this.signataires = signataires; return this; }
        /** The same, element by element. */
        public Builder signataires(Signataire... signataires) { return signataires(Arrays.asList(signataires)); }
        /** Sets the organisations that take part without signing. */
        public Builder partenaires(List<Partenaire> partenaires) { this.partenaires = partenaires; return this; }
        /** The same, element by element. */
        public Builder partenaires(Partenaire... partenaires) { return partenaires(Arrays.asList(partenaires)); }
        /** Sets its steering bodies and coordination. */
        public Builder gouvernance(Gouvernance gouvernance) { this.gouvernance = gouvernance; return this; }
        /** Sets the shared local health diagnostic. */
        public Builder diagnostic(Diagnostic diagnostic) { this.diagnostic = diagnostic; return this; }
        /** Sets its strategic axes. */
        public Builder axes(List<AxeStrategique> axes) { this.axes = axes; return this; }
        /** The same, element by element. */
        public Builder axes(AxeStrategique... axes) { return axes(Arrays.asList(axes)); }
        /** Sets its cross-cutting axes. */
        public Builder axesTransversaux(List<AxeTransversal> axesTransversaux) { this.axesTransversaux = axesTransversaux; return this; }
        /** The same, element by element. */
        public Builder axesTransversaux(AxeTransversal... axesTransversaux) { return axesTransversaux(Arrays.asList(axesTransversaux)); }
        /** Sets its mental-health component, if it has one. */
        public Builder voletSanteMentale(VoletSanteMentale voletSanteMentale) { this.voletSanteMentale = voletSanteMentale; return this; }
        /** Sets how inhabitants and users take part. */
        public Builder participation(Participation participation) { this.participation = participation; return this; }
        /** Sets its links to the contrat de ville, Atelier Santé Ville, CLSM, PTSM, CPTS. */
        public Builder articulations(List<Articulation> articulations) { this.articulations = articulations; return this; }
        /** The same, element by element. */
        public Builder articulations(Articulation... articulations) { return articulations(Arrays.asList(articulations)); }
        /** Sets its evaluations so far. */
        public Builder evaluations(List<Evaluation> evaluations) { this.evaluations = evaluations; return this; }
        /** The same, element by element. */
        public Builder evaluations(Evaluation... evaluations) { return evaluations(Arrays.asList(evaluations)); }
        /** Sets its amendments. */
        public Builder avenants(List<Avenant> avenants) { this.avenants = avenants; return this; }
        /** The same, element by element. */
        public Builder avenants(Avenant... avenants) { return avenants(Arrays.asList(avenants)); }
        /** Sets the id of the contract it renews, for a second or later generation. */
        public Builder renouvelle(String renouvelle) { this.renouvelle = renouvelle; return this; }
        /** Sets the rules waived for it, each with its justification. */
        public Builder derogations(List<Derogation> derogations) { this.derogations = derogations; return this; }
        /** The same, element by element. */
        public Builder derogations(Derogation... derogations) { return derogations(Arrays.asList(derogations)); }
        /** Sets where the content of the file comes from. */
        public Builder provenance(Provenance provenance) { this.provenance = provenance; return this; }

        /** The contract; the builder can go on being used. */
        public ContratLocalSante build() {
            return new ContratLocalSante(id, intitule, generation, statut, region, prs, territoire, periode, dateCharte,
                    dateSignature, signataires, partenaires, gouvernance, diagnostic, axes, axesTransversaux,
                    voletSanteMentale, participation, articulations, evaluations, avenants, renouvelle, derogations,
                    provenance);
        }
    }
}
