package io.github.cls4j.core.contrat;

import java.time.LocalDate;

/**
 * The decision of a local authority's assembly that authorises its executive to sign.
 *
 * @param reference the number of the délibération, e.g. "2023-12-045"
 * @param date the day it was adopted
 */
public record Deliberation(String reference, LocalDate date) {
}
