package io.github.cls4j.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A folder of rules that a test writes, as a rule author would, to load it with the builder. */
record RuleFolder(Path path) {

    /** Writes {@code text} to {@code relative} in the folder, making the subfolders. */
    RuleFolder write(String relative, String text) {
        try {
            Path file = path.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one DRL file and the French and English messages of its rules. */
    RuleFolder rules(String drlFile, String drl, String french, String english) {
        return write(drlFile, drl).write("messages.properties", french).write("messages_en.properties", english);
    }
}
