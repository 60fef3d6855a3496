/**
 * The JMH benchmarks of cls4j and the generator of the contracts they validate. Run them with
 * {@code mvn -B -Pbench -pl cls-benchmarks -am verify -DskipTests}; the figures are in
 * {@code docs/performance.md}.
 */
package io.github.cls4j.benchmarks;
