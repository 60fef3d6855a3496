package io.github.cls4j.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the bundled DRL out of the class path into a folder, as a rule author's copy: all of it,
 * or only some rules, so that a validator can be built from a folder of the same rules.
 */
public final class BundledRules {

    private static final String FOLDER = "/io/github/cls4j/rules/";
    private static final Pattern RULE_START = Pattern.compile("(?m)^(?=rule \")");
    private static final Pattern ID = Pattern.compile("@id\\(([^)]+)\\)");

    private BundledRules() {
    }

    /** Copies every bundled rule into {@code folder}; returns the folder. */
    public static Path copyTo(Path folder) {
        return copyTo(folder, null);
    }

    /**
     * Copies the bundled rules whose id is in {@code ids} ({@code null} for all) into {@code folder},
     * each file keeping its package, imports and globals; returns the folder.
     */
    public static Path copyTo(Path folder, Set<String> ids) {
        try {
            for (String file : read("drl-files.txt").lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList()) {
                String kept = keep(read(file), ids);
                if (kept != null) {
                    Path target = folder.resolve(file);
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, kept, StandardCharsets.UTF_8);
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a DRL file with only the rules of {@code ids}; {@code null} when none is left. */
    private static String keep(String drl, Set<String> ids) {
        if (ids == null) {
            return drl;
        }
        String[] parts = RULE_START.split(drl);
        List<String> rules = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            Matcher id = ID.matcher(parts[i]);
            if (id.find() && ids.contains(id.group(1))) {
                rules.add(parts[i]);
            }
        }
        return rules.isEmpty() ? null : parts[0] + String.join("", rules);
    }

    private static String read(String name) throws IOException {
        try (InputStream in = BundledRules.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IOException("No bundled rule file " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
