package io.github.cls4j.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What a run needs besides the rules loads on daemon threads, which never keep the command from ending")
class StartUpTest {

    @Test
    void the_json_reader_and_the_bundled_geography_load_on_daemon_threads_that_end() throws InterruptedException {
        List<Thread> started = StartUp.inBackground(true);

        assertThat(started).extracting(Thread::getName).containsExactly("cls-start-json", "cls-start-geography");
        assertThat(started).allMatch(Thread::isDaemon);
        for (Thread thread : started) {
            thread.join(60_000);
            assertThat(thread.isAlive()).as(thread.getName()).isFalse();
        }
    }

    @Test
    void with_a_geography_of_its_own_the_run_reads_it_itself() {
        assertThat(StartUp.inBackground(false)).extracting(Thread::getName).containsExactly("cls-start-json");
    }
}
