/**
 * Sample contracts written from public documents on real CLS: {@link
 * io.github.cls4j.samples.SampleContracts} lists and reads them from the class path, for the
 * tests of every module and for the {@code cls} command line. Each sample records in its {@code
 * provenance} which facts come from its document and which are illustrative.
 */
package io.github.cls4j.samples;
