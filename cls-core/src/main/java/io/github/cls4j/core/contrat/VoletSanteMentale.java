package io.github.cls4j.core.contrat;

import io.github.cls4j.core.commun.Listes;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The mental-health component of the contract. CSP L1434-10 IV, as amended by loi n° 2022-217
 * (3DS), art. 122: CLS "comportent un volet consacré à la santé mentale, qui tient compte du
 * projet territorial de santé mentale".
 *
 * @param description what the component covers
 * @param axes the codes of the axes (strategic or cross-cutting) that carry it
 * @param ptsm the projet territorial de santé mentale it takes into account, e.g. "PTSM du
 *     Pas-de-Calais"; {@code null} when it takes none into account
 * @param clsm the conseil local de santé mentale that serves as the component, if any
 *     (instruction DGS/SP4/CGET/2016/289)
 */
public record VoletSanteMentale(String description, List<@NotNull String> axes, String ptsm, String clsm) {

    /** Normalises the lists; checks nothing. */
    public VoletSanteMentale {
        axes = Listes.copie(axes);
    }
}
