package io.github.cls4j.cli.output;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/** How the command line writes JSON: indented, dates as {@code 2026-11-23}. */
public final class JsonOutput {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private JsonOutput() {
    }

    /** {@code value} as JSON text. */
    public static String of(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
