package io.github.cls4j.cli.command;

import io.github.cls4j.core.json.ContractJson;

/**
 * What a run of {@code validate} or {@code portfolio} will need besides the rules, started on
 * another thread while the rules load: the JSON reader of the contracts (Jackson builds its
 * deserializers of the model, about 0.4 s in a fresh JVM). The validator reads the bundled
 * geography meanwhile itself ({@code ContractValidator.Builder.geographie}). Loading the rules
 * takes one core; the others would wait, as far as the JIT compiler leaves them free
 * (docs/performance.md).
 *
 * <p>Nothing here is a result: the thread only initialises a class, which the run would
 * initialise itself on first use, and the JVM lets it finish, once, whichever thread starts it.
 * A failure is left for the run to meet where it reports it, so the thread says nothing.
 */
final class StartUp {

    private StartUp() {
    }

    /**
     * Starts reading the JSON reader's classes.
     *
     * @return the thread started, which the run need not wait for
     */
    static Thread inBackground() {
        return start("cls-start-json", () -> initialise(ContractJson.class));
    }

    private static Thread start(String name, Runnable task) {
        Thread thread = new Thread(() -> {
            try {
                task.run();
            } catch (RuntimeException | LinkageError ignored) {
                // The run meets the same failure where it reports it (exit 3 for a bundled resource).
            }
        }, name);
        // Never keeps the command from ending.
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void initialise(Class<?> type) {
        try {
            Class.forName(type.getName(), true, type.getClassLoader());
        } catch (ClassNotFoundException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
