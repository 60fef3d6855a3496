package io.github.cls4j.rules.internal.load;

import io.github.cls4j.core.json.InputFile;
import io.github.cls4j.rules.internal.data.DataFiles;
import io.github.cls4j.rules.internal.data.PrsData;
import io.github.cls4j.rules.internal.text.Messages;
import io.github.cls4j.rules.internal.text.References;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A digest of every file a load of {@link RuleSetLoader.Sources} reads: the DRL of each folder,
 * the messages, references and profiles beside them, the profile files and the PRS data. Taken
 * before and after a load, it tells whether the files changed while they were read (an editor
 * saving, a checkout), in which case what was loaded may never have existed on disk.
 *
 * @param value the SHA-256 of the files' paths and contents, or, when they could not all be read,
 *     the reason, so that a folder that stays unreadable gives the same value each time
 */
record SourcesDigest(String value) {

    /** The files beside the DRL of a folder that the loader reads. */
    private static final List<String> BESIDE_RULES = List.of(Messages.FRENCH_FILE, Messages.ENGLISH_FILE, References.FILE,
            Profiles.FILE);

    /** The digest of what a load of {@code sources} reads, now. */
    static SourcesDigest of(RuleSetLoader.Sources sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> folders = new ArrayList<>(sources.additions());
            if (sources.replacement() != null) {
                folders.add(0, sources.replacement());
            }
            for (Path folder : folders) {
                for (Path drl : DrlFolder.drlFiles(folder.toRealPath())) {
                    add(digest, drl);
                }
                for (String name : BESIDE_RULES) {
                    add(digest, folder.resolve(name));
                }
            }
            for (Path file : sources.profileFiles()) {
                add(digest, file);
            }
            if (sources.dataFolder() != null) {
                add(digest, sources.dataFolder().resolve(PrsData.FILE));
            }
            return new SourcesDigest(HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            return new SourcesDigest("unreadable: " + InputFile.describe(e));
        } catch (UncheckedIOException e) {
            return new SourcesDigest("unreadable: " + InputFile.describe(e.getCause()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** Whether a load of {@code sources} reads files at all: the bundled rules alone read none. */
    static boolean readsFiles(RuleSetLoader.Sources sources) {
        return sources.replacement() != null || !sources.additions().isEmpty() || !sources.profileFiles().isEmpty()
                || sources.dataFolder() != null;
    }

    private static void add(MessageDigest digest, Path file) throws IOException {
        digest.update(file.toString().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        if (Files.exists(file)) {
            digest.update(InputFile.read(file, DataFiles.MAX_BYTES));
        }
        digest.update((byte) 0);
    }
}
