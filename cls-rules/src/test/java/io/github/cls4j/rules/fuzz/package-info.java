/**
 * Coverage-guided fuzzing (Jazzer) of what a host does with a file it is sent: read it as a
 * contract, then validate it. {@link io.github.cls4j.rules.fuzz.ReadThenValidateFuzzTest} may let
 * only the documented exceptions escape; any other is a finding.
 *
 * <p>Its inputs are in {@code src/test/resources/io/github/cls4j/rules/fuzz/ReadThenValidateFuzzTestInputs/readThenValidate/}:
 *
 * <ul>
 *   <li>{@code contrat-*.json}, contracts that read: {@code contrat-charte-hdf.json} and {@code
 *       contrat-occitanie.json} are copies of the cls-samples contracts {@code
 *       002-hdf-charte-deuxieme-generation.json} and {@code 004-occitanie-pays-hlv.json} (cls-rules
 *       cannot depend on cls-samples); {@code contrat-complet.json} and {@code contrat-minimal.json}
 *       are {@code ContractJson.toJson(Contrats.complet())} and {@code ...minimal()} of cls-core's
 *       test jar, written once;
 *   <li>{@code casse-*.json}, files that do not read, one per kind of format error;
 *   <li>any other file is an input the fuzzer once found to fail, kept as a regression test.
 * </ul>
 *
 * <p>{@link io.github.cls4j.rules.fuzz.SeedInputsTest} checks that the seeds still are what their
 * names say, so that a change of the format cannot quietly leave the fuzzer starting from broken
 * contracts only.
 */
package io.github.cls4j.rules.fuzz;
