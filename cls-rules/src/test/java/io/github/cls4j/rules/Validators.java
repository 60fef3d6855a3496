package io.github.cls4j.rules;

/** The validator with the bundled rules, built once for all the tests of the module. */
public final class Validators {

    /** Built as an application would: once, then shared. */
    public static final ContractValidator BUNDLED = ContractValidator.builder().build();

    private Validators() {
    }
}
