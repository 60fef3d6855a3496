/**
 * The data files that sit beside the rules, read strictly: the bundled resource folder, the PRS
 * reference data that every session sees as facts ({@code PrsData}). The lowest layer of the
 * internals: it depends on the API and on cls-core only.
 */
package io.github.cls4j.rules.internal.data;
