package io.github.cls4j.rules;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/** What every logger logs during a test, as the host's logging would receive it. */
final class LogCapture implements BeforeEachCallback, AfterEachCallback {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();

    @Override
    public void beforeEach(ExtensionContext context) {
        events.start();
        root.addAppender(events);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        root.detachAppender(events);
    }

    /** The events logged so far. */
    List<ILoggingEvent> events() {
        return events.list;
    }

    /** Forgets the events logged so far. */
    void clear() {
        events.list.clear();
    }

    /** The messages logged so far at {@code level} or above. */
    List<String> atLeast(Level level) {
        return events.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(level)).map(ILoggingEvent::getFormattedMessage).toList();
    }
}
