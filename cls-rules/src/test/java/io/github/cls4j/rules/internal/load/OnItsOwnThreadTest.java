package io.github.cls4j.rules.internal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.cls4j.geography.Geographie;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A value made on a thread of its own is taken as if the caller had made it")
class OnItsOwnThreadTest {

    @Test
    void the_value_is_made_on_a_named_daemon_thread_while_the_caller_goes_on() throws InterruptedException {
        CountDownLatch callerWentOn = new CountDownLatch(1);
        OnItsOwnThread<Thread> made = OnItsOwnThread.start("cls4j-test", () -> {
            try {
                // Made only once the caller has gone on: proof that it did not wait to start it.
                assertThat(callerWentOn.await(60, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return Thread.currentThread();
        });
        callerWentOn.countDown();

        Thread maker = made.get();
        assertThat(maker).isNotSameAs(Thread.currentThread());
        assertThat(maker.getName()).isEqualTo("cls4j-test");
        assertThat(maker.isDaemon()).isTrue();
        assertThat(made.get()).as("taken again").isSameAs(maker);
    }

    @Test
    void what_making_the_value_threw_exception_or_error_is_thrown_to_the_caller_as_it_was() {
        for (Throwable thrown : List.of(new IllegalStateException("Missing drools-model"), new StackOverflowError("deep"))) {
            OnItsOwnThread<Object> made = OnItsOwnThread.start("cls4j-test", () -> {
                if (thrown instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) thrown;
            });

            assertThat(catchThrowable(made::get)).isSameAs(thrown);
        }
    }

    @Test
    void an_interrupt_while_waiting_does_not_lose_the_value_and_is_kept_for_the_caller() {
        CountDownLatch release = new CountDownLatch(1);
        OnItsOwnThread<String> made = OnItsOwnThread.start("cls4j-test", () -> {
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return "fait";
        });
        Thread caller = Thread.currentThread();
        Thread interrupter = new Thread(() -> {
            caller.interrupt();
            release.countDown();
        });
        interrupter.start();

        String value = made.get();

        assertThat(value).isEqualTo("fait");
        assertThat(Thread.interrupted()).as("the interrupt kept, and cleared here").isTrue();
    }

    @Test
    void the_bundled_geography_read_meanwhile_is_the_bundled_geography() {
        assertThat(RuleSetLoader.bundledGeographyMeanwhile().get()).isSameAs(Geographie.bundled());
    }
}
