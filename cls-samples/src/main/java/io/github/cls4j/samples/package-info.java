/**
 * Sample contracts written from public documents on real CLS, and their expected reports: {@link
 * io.github.cls4j.samples.SampleContracts} lists and reads them from the class path (the five
 * seeds and, for each, a variant that breaks a rule its reader would expect), {@link
 * io.github.cls4j.samples.ExpectedReport} reads and writes the golden report beside each. Each
 * sample records in its {@code provenance} which facts come from its document and which are
 * illustrative.
 */
package io.github.cls4j.samples;
