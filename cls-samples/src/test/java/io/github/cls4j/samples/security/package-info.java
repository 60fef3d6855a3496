/**
 * What cls4j may touch while it reads and validates a contract: the file it is given and the
 * class path, nothing else. {@link io.github.cls4j.samples.security.IoGuard} denies and records
 * every other file access, every socket and every process; {@link
 * io.github.cls4j.samples.security.ReadAndValidateTouchOnlyTheirInputTest} reads and validates the
 * samples under it.
 *
 * <p>The guard is a {@code SecurityManager}, which only JDK 17 to 23 can install: the test runs in
 * its own JVM, in the {@code security-manager} profile of cls-samples' POM.
 */
package io.github.cls4j.samples.security;
