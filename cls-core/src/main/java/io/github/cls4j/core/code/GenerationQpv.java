package io.github.cls4j.core.code;

/** The generations of the priority geography of the politique de la ville. */
public enum GenerationQpv {
    /** QPV in force from 1 January 2015 (décrets n° 2014-1750 and 2014-1751). */
    QPV_2015,
    /**
     * QPV in force from 1 January 2024 in metropolitan France (décret n° 2023-1314), from 1 January
     * 2025 overseas.
     */
    QPV_2024
}
