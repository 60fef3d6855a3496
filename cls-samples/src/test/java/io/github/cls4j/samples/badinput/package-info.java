/**
 * The bad-input corpus and its tests: one file per way a contract file can be wrong, in {@code
 * src/test/resources/bad-input/}, and the inputs too large to commit, generated at test time by
 * {@link io.github.cls4j.samples.badinput.LargeInputs}. The manifest {@code bad-input/expected.json}
 * (read by {@link io.github.cls4j.samples.badinput.BadInputs}) says for each one which layer must
 * catch it and what the user gets:
 *
 * <ul>
 *   <li>{@code read}: the reader refuses it; the problem's line, column, JSON path and texts, in
 *       French and English ({@link io.github.cls4j.samples.badinput.ReadingBadInputTest});
 *   <li>{@code validate}: it reads, and the validator reports it: the findings it adds to, and takes
 *       from, the report of the valid sample it was made from ({@link
 *       io.github.cls4j.samples.badinput.ValidatingBadInputTest});
 *   <li>{@code accepted}: it reads and adds no finding, on purpose or for want of a rule (then the
 *       manifest says what is missing).
 * </ul>
 *
 * <p>{@link io.github.cls4j.samples.badinput.CommandLineBadInputTest} runs {@code cls validate} on
 * all of them at once, with a valid contract, in both languages and in text and JSON; {@link
 * io.github.cls4j.samples.badinput.CorpusManifestTest} keeps the folder and the manifest in step.
 */
package io.github.cls4j.samples.badinput;
