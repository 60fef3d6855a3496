package io.github.cls4j.core.strategie;

import io.github.cls4j.core.commun.Listes;
import io.github.cls4j.core.commun.Periode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A fiche action: one action of the contract's programme.
 *
 * @param code its code, unique in the contract, e.g. "FA-1.1.1"
 * @param intitule its title
 * @param description what is done
 * @param porteur the organisation that leads it (porteur, pilote)
 * @param partenaires the organisations taking part
 * @param publicsCibles the publics it is aimed at
 * @param perimetre where it takes place
 * @param calendrier when it takes place
 * @param financements its financing lines
 * @param champs the fields of CSP L1434-10 IV it belongs to
 * @param thematiques the health themes it works on, where it names its own
 * @param objectifsPrs codes of the PRS objectives it applies, when given at action level
 * @param statut where it stands
 * @param indicateurs its indicators
 */
public record FicheAction(
        String code,
        @NotBlank String intitule,
        String description,
        String porteur,
        List<@NotNull String> partenaires,
        List<@NotNull PublicCible> publicsCibles,
        @Valid PerimetreAction perimetre,
        @Valid Periode calendrier,
        List<@NotNull @Valid Financement> financements,
        List<@NotNull ChampLegal> champs,
        List<@NotNull Thematique> thematiques,
        List<@NotNull String> objectifsPrs,
        StatutAction statut,
        List<@NotNull @Valid Indicateur> indicateurs) implements RattacheAuPrs {

    private static final Set<TypeIndicateur> PROCESSUS = EnumSet.of(TypeIndicateur.PROCESSUS);
    private static final Set<TypeIndicateur> RESULTAT = EnumSet.of(TypeIndicateur.RESULTAT, TypeIndicateur.IMPACT);

    /** Normalises the lists; checks nothing. */
    public FicheAction {
        partenaires = Listes.copie(partenaires);
        publicsCibles = Listes.copie(publicsCibles);
        financements = Listes.copie(financements);
        champs = Listes.copie(champs);
        thematiques = Listes.copie(thematiques);
        objectifsPrs = Listes.copie(objectifsPrs);
        indicateurs = Listes.copie(indicateurs);
    }

    /** Whether one of its indicators follows how the action is carried out ({@link TypeIndicateur#PROCESSUS}). */
    public boolean suitSonProcessus() {
        return aUnIndicateurParmi(PROCESSUS);
    }

    /** Whether one of its indicators follows what the action produced or changed ({@link TypeIndicateur#RESULTAT}, {@link TypeIndicateur#IMPACT}). */
    public boolean suitSonResultat() {
        return aUnIndicateurParmi(RESULTAT);
    }

    /** Whether one of its financing lines says how it is paid ({@link Financement#ditCommentPayer()}). */
    public boolean ditCommentElleEstFinancee() {
        for (Financement financement : financements) {
            if (financement != null && financement.ditCommentPayer()) {
                return true;
            }
        }
        return false;
    }

    private boolean aUnIndicateurParmi(Set<TypeIndicateur> types) {
        for (Indicateur indicateur : indicateurs) {
            if (indicateur != null && types.contains(indicateur.type())) {
                return true;
            }
        }
        return false;
    }
}
