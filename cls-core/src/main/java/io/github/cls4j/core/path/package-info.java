/**
 * Where an element sits in a contract. {@link io.github.cls4j.core.path.ElementPath} is the path
 * from the contract root, written as in Bean Validation and in the JSON format, e.g. {@code
 * axes[1].objectifs[0].fichesAction[2].indicateurs[0]}. {@link
 * io.github.cls4j.core.path.ContractElements} walks a contract once and gives every element with
 * its path; it is the only place that knows how paths are formed.
 */
package io.github.cls4j.core.path;
