package io.github.cls4j.core.contrat;

import io.github.cls4j.core.code.Siren;
import io.github.cls4j.core.code.WellFormed;
import io.github.cls4j.core.commun.Listes;
import io.github.cls4j.core.commun.Personne;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * An organisation that signs the contract or one of its avenants.
 *
 * @param nom the organisation, e.g. "ARS Hauts-de-France"
 * @param type its kind
 * @param siren its SIREN, where given
 * @param representant who signs for it
 * @param dateSignature the day it signed
 * @param deliberation for a local authority, the délibération that authorised the signature
 * @param engagements what it commits to
 */
public record Signataire(
        @NotBlank String nom,
        @NotNull TypeOrganisation type,
        @WellFormed Siren siren,
        @Valid Personne representant,
        LocalDate dateSignature,
        @Valid Deliberation deliberation,
        List<@NotNull String> engagements) {

    /** Normalises the lists; checks nothing. */
    public Signataire {
        engagements = Listes.copie(engagements);
    }
}
