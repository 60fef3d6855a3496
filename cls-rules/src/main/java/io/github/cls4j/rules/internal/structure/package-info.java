/**
 * The structural screen that runs before the rules: the model's Bean Validation constraints as
 * {@code CLS-STRUCT-…} findings ({@code StructuralCheck}), with a hand-written screen
 * ({@code ConstraintScreen}) that answers "nothing to report" for a well-formed contract without
 * starting Hibernate Validator's walk. Depends on the API and on cls-core only.
 */
package io.github.cls4j.rules.internal.structure;
