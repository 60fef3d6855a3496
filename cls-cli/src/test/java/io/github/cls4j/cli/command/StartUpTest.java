package io.github.cls4j.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The JSON reader loads on a daemon thread, which never keeps the command from ending")
class StartUpTest {

    @Test
    void the_json_reader_loads_on_a_daemon_thread_that_ends() throws InterruptedException {
        Thread started = StartUp.inBackground();

        assertThat(started.getName()).isEqualTo("cls-start-json");
        assertThat(started.isDaemon()).isTrue();
        started.join(60_000);
        assertThat(started.isAlive()).isFalse();
    }
}
