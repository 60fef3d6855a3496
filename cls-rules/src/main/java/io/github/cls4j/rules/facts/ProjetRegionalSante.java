package io.github.cls4j.rules.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A version of a projet régional de santé (CSP art. L1434-2), from the PRS reference data: the
 * contract names it by {@code id} in {@code prs}. One fact per version known to the data.
 *
 * @param id its id, e.g. {@code HDF-PRS-2018-2028}
 * @param region the INSEE code of its region, e.g. {@code 32}
 * @param intitule its title
 * @param debut the day it came into force, or {@code null} when the data do not know it
 * @param fin its last day, or {@code null} when the data do not know it
 */
public record ProjetRegionalSante(String id, String region, String intitule, LocalDate debut, LocalDate fin) {

    /** Checks that the id and the region are given. */
    public ProjetRegionalSante {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
    }
}
