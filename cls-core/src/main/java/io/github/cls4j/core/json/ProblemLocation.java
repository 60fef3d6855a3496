package io.github.cls4j.core.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where in the document a Jackson exception stops the reading: its line, column and JSON path.
 * Jackson does not always say: it reports a limit gone past without a location, and a property
 * of a record, buffered until the record's constructor runs, without one either; the text is
 * then read again to find it.
 *
 * @param line the line, from 1; 0 when unknown
 * @param column the column, from 1; 0 when unknown
 * @param jsonPath e.g. {@code $.axes[0].intitule}
 */
record ProblemLocation(int line, int column, String jsonPath) {

    /** Where a reading stopped: the location of the token and the path to it. */
    private record Stop(TokenStreamLocation location, List<Object> path) {
    }

    /**
     * Where the exception stops the reading of {@code text}.
     *
     * @param limitGonePast whether the exception is a limit of {@link ReadLimits} gone past
     * @param mapper the mapper that read the text, with its limits, to read it again
     */
    static ProblemLocation of(JacksonException e, boolean limitGonePast, JsonMapper mapper, String text) {
        List<Object> path = path(e);
        TokenStreamLocation location = e.getLocation();
        if (limitGonePast && unknown(location)) {
            // Jackson reports a limit gone past without a location and, while binding, with the
            // path of the enclosing object only: read the text again to where the limit stops it.
            Optional<Stop> stop = stopAtLimit(mapper, text);
            if (stop.isPresent()) {
                location = stop.get().location();
                path = stop.get().path();
            }
        }
        String jsonPath = jsonPath(path);
        if (unknown(location)) {
            // Properties of records are buffered until the creator runs, so Jackson reports an
            // unknown one without a location: find it in the text.
            location = locate(mapper, text, pointer(path));
        }
        int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
        int column = location == null ? 0 : Math.max(location.getColumnNr(), 0);
        return new ProblemLocation(line, column, jsonPath);
    }

    private static boolean unknown(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 1;
    }

    /**
     * Where a token-by-token reading of the text stops on a limit of the mapper's {@link
     * ReadLimits}; empty if it does not stop on one.
     */
    private static Optional<Stop> stopAtLimit(JsonMapper mapper, String text) {
        try (JsonParser parser = mapper.createParser(text)) {
            try {
                for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                    if (t == JsonToken.VALUE_STRING) {
                        // The parser checks the length of a text when it reads it, not when it passes it.
                        parser.getString();
                    }
                }
            } catch (StreamConstraintsException limit) {
                return Optional.of(new Stop(parser.currentTokenLocation(), path(parser.streamReadContext())));
            }
        } catch (JacksonException unreadable) {
            // Another problem comes first: the binding's own location stands.
        }
        return Optional.empty();
    }

    /** The location of the property or item at {@code pointer}, by reading the text again. */
    private static TokenStreamLocation locate(JsonMapper mapper, String text, String pointer) {
        try (JsonParser parser = mapper.createParser(text)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY
                        && pointer.equals(parser.streamReadContext().pathAsPointer().toString())) {
                    return parser.currentTokenLocation();
                }
            }
        } catch (JacksonException e) {
            // The text cannot be read up to the pointer: the location stays unknown.
        }
        return null;
    }

    /**
     * The property names and indexes leading to the problem: from the binding path when there is
     * one, else from the parser's position (syntax errors, duplicated properties).
     */
    private static List<Object> path(JacksonException e) {
        List<Object> path = new ArrayList<>();
        if (!e.getPath().isEmpty()) {
            for (JacksonException.Reference ref : e.getPath()) {
                if (ref.getPropertyName() != null) {
                    path.add(ref.getPropertyName());
                } else if (ref.getIndex() >= 0) {
                    path.add(ref.getIndex());
                }
            }
        } else if (e.processor() instanceof JsonParser parser) {
            path.addAll(path(parser.streamReadContext()));
        }
        return path;
    }

    /** The property names and indexes from the root to a parser's position. */
    private static List<Object> path(TokenStreamContext context) {
        List<Object> path = new ArrayList<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.currentName() != null) {
                path.add(0, c.currentName());
            } else if (c.inArray()) {
                path.add(0, Math.max(c.getCurrentIndex(), 0));
            }
        }
        return path;
    }

    /** {@code $.axes[0].intitule} */
    private static String jsonPath(List<Object> path) {
        StringBuilder text = new StringBuilder("$");
        for (Object step : path) {
            text.append(step instanceof Integer i ? "[" + i + "]" : "." + step);
        }
        return text.toString();
    }

    /** {@code /axes/0/intitule} (RFC 6901) */
    private static String pointer(List<Object> path) {
        StringBuilder text = new StringBuilder();
        for (Object step : path) {
            text.append('/').append(String.valueOf(step).replace("~", "~0").replace("/", "~1"));
        }
        return text.toString();
    }
}
