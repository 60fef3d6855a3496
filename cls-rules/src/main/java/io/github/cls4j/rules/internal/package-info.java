/**
 * The engine behind {@link io.github.cls4j.rules.ContractValidator}: loading the bundled executable
 * model ({@code BundledModel}) or compiling DRL folders ({@code DrlFolder}), reading rule metadata,
 * messages, references and profiles, and running one validation ({@code ValidationRun}). Not an
 * API: it may change in any release. It is the only package that touches Drools implementation
 * classes.
 */
package io.github.cls4j.rules.internal;
