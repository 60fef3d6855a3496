/**
 * The data files that sit beside the rules, read strictly, and the lines of a JSON file that its
 * problems are told at ({@code JsonLines}). The lowest layer of the
 * internals: it depends on the API and on cls-core only.
 */
package io.github.cls4j.rules.internal.data;
