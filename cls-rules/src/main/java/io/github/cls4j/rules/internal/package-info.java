/**
 * The internals behind {@link io.github.cls4j.rules.ContractValidator}, in layers that depend one
 * way, from the bottom: {@code data} (the data files), {@code text} (messages and sources),
 * {@code rule} (rule metadata and where rules are written), {@code structure} (the Bean Validation
 * screen), {@code engine} (a rule set and the run of one validation) and {@code load} (reading and
 * checking a rule set once). Not an API: it may change in any release; only these packages touch
 * Drools implementation classes. An ArchUnit test keeps the layers.
 */
package io.github.cls4j.rules.internal;
