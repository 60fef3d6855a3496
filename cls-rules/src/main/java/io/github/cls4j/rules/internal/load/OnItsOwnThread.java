package io.github.cls4j.rules.internal.load;

import java.util.function.Supplier;

/**
 * A value made on a thread of its own while the caller does something else, then taken with
 * {@link #get()}: what that thread threw is thrown there, as if the caller had made it.
 *
 * <p>Why: a fresh JVM builds the bundled rule base (about 0.3 s) and reads the messages,
 * references and data with Jackson (about 0.3 s, most of it Jackson's own start), and neither
 * needs the other. The thread is a daemon, named, started by the load and ended with it; where
 * no thread can be started, the value is made by the caller at {@code get()}.
 *
 * @param <T> the value
 */
final class OnItsOwnThread<T> {

    private final Supplier<T> maker;
    private final Thread thread;
    private volatile T value;
    private volatile Throwable thrown;

    private OnItsOwnThread(String name, Supplier<T> maker) {
        this.maker = maker;
        this.thread = new Thread(this::make, name);
        // Never keeps a JVM from ending, should the caller fail before taking the value.
        thread.setDaemon(true);
    }

    /** Starts making the value; made at {@link #get()} instead when no thread can be started. */
    static <T> OnItsOwnThread<T> start(String name, Supplier<T> maker) {
        OnItsOwnThread<T> started = new OnItsOwnThread<>(name, maker);
        try {
            started.thread.start();
        } catch (OutOfMemoryError | SecurityException noThread) {
            // "unable to create native thread", or a policy that forbids it: the caller makes it.
            started.make();
        }
        return started;
    }

    private void make() {
        try {
            value = maker.get();
        } catch (RuntimeException | Error e) {
            thrown = e;
        }
    }

    /**
     * The value, once made; waits for it without giving up on an interrupt, which is kept for
     * the caller (the wait is as long as the value takes to make, well under a second).
     *
     * @throws RuntimeException what making the value threw
     * @throws Error what making the value threw
     */
    T get() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (thrown instanceof RuntimeException e) {
            throw e;
        }
        if (thrown instanceof Error e) {
            throw e;
        }
        return value;
    }
}
