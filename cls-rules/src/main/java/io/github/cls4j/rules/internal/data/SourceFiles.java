package io.github.cls4j.rules.internal.data;

import io.github.cls4j.core.json.InputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The files a load of rules reads, read once, before anything is compiled: the {@code .drl} files
 * of the rule folders and the data files beside them. The loader compiles from these bytes only,
 * so that what it loads is what was on disk at one moment; it reads twice and compares, so that
 * files written meanwhile (an editor saving, a checkout) are seen and read again.
 *
 * <p>A file that cannot be read is recorded with its reason, as the loader will report it.
 */
public final class SourceFiles {

    /** No file: the snapshot of a load that reads none (the bundled rules alone). */
    public static final SourceFiles NONE = new SourceFiles(Map.of(), Map.of());

    /** The most a DRL file may hold: far beyond any rule file, short of a file that is not one. */
    public static final long MAX_DRL_BYTES = 4L << 20;

    /** A file's bytes, or why they could not be read. */
    private record Content(byte[] bytes, IOException failure) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Content other && Arrays.equals(bytes, other.bytes) && sameFailure(failure, other.failure);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes) * 31 + (failure == null ? 0 : failure.getClass().hashCode());
        }

        private static boolean sameFailure(IOException a, IOException b) {
            return a == null ? b == null : b != null && a.getClass() == b.getClass() && Objects.equals(a.getMessage(), b.getMessage());
        }
    }

    /** The {@code .drl} files of a rule folder, where it really is, or why it could not be listed. */
    private record Listing(Path realFolder, List<Path> drlFiles, IOException failure) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Listing other && Objects.equals(realFolder, other.realFolder) && Objects.equals(drlFiles, other.drlFiles)
                    && Content.sameFailure(failure, other.failure);
        }

        @Override
        public int hashCode() {
            return Objects.hash(realFolder, drlFiles);
        }
    }

    private final Map<Path, Content> files;
    private final Map<Path, Listing> folders;

    private SourceFiles(Map<Path, Content> files, Map<Path, Listing> folders) {
        this.files = files;
        this.folders = folders;
    }

    /**
     * Reads the {@code .drl} files of {@code ruleFolders} (and their subfolders) and the files
     * {@code others} (those that do not exist are recorded as absent).
     */
    public static SourceFiles read(List<Path> ruleFolders, List<Path> others) {
        Map<Path, Content> files = new LinkedHashMap<>();
        Map<Path, Listing> folders = new LinkedHashMap<>();
        for (Path folder : ruleFolders) {
            Listing listing = list(folder);
            folders.put(folder, listing);
            for (Path drl : listing.drlFiles()) {
                files.put(drl, content(drl, MAX_DRL_BYTES));
            }
        }
        for (Path file : others) {
            files.putIfAbsent(file, content(file, DataFiles.MAX_BYTES));
        }
        return new SourceFiles(Map.copyOf(files), Map.copyOf(folders));
    }

    /** Whether {@code file} was there when it was read. */
    public boolean exists(Path file) {
        Content content = files.get(file);
        return content != null && !(content.failure() instanceof NoSuchFileException);
    }

    /**
     * The bytes of {@code file}, as read.
     *
     * @throws IOException why it could not be read
     * @throws IllegalStateException if the file was not read (a mistake of the loader)
     */
    public byte[] bytes(Path file) throws IOException {
        Content content = files.get(file);
        if (content == null) {
            throw new IllegalStateException(file + " was not read with the other files of the rules");
        }
        if (content.failure() != null) {
            throw content.failure();
        }
        return content.bytes();
    }

    /** The text of {@code file}, strictly decoded as UTF-8 ({@link InputFile#utf8}). */
    public String text(Path file) throws IOException {
        return InputFile.utf8(bytes(file));
    }

    /** The folder {@code folder} really is (a link followed), as listed. */
    public Path realFolder(Path folder) throws IOException {
        return listing(folder).realFolder();
    }

    /** The {@code .drl} files of {@code folder} and its subfolders, in order, as listed. */
    public List<Path> drlFiles(Path folder) throws IOException {
        return listing(folder).drlFiles();
    }

    private Listing listing(Path folder) throws IOException {
        Listing listing = folders.get(folder);
        if (listing == null) {
            throw new IllegalStateException(folder + " was not listed with the other files of the rules");
        }
        if (listing.failure() != null) {
            throw listing.failure();
        }
        return listing;
    }

    private static Content content(Path file, long maxBytes) {
        try {
            return new Content(InputFile.read(file, maxBytes), null);
        } catch (IOException e) {
            return new Content(null, e);
        }
    }

    private static Listing list(Path folder) {
        try {
            if (!Files.isDirectory(folder)) {
                throw new NotDirectoryException(folder.toString());
            }
            // A folder given as a link (a "current" link switched between releases) is read where it points.
            Path real = folder.toRealPath();
            return new Listing(real, filesIn(real, ".drl"), null);
        } catch (IOException e) {
            return new Listing(null, List.of(), e);
        } catch (UncheckedIOException e) {
            return new Listing(null, List.of(), e.getCause());
        }
    }

    /**
     * The files of {@code folder} and its subfolders whose name ends with {@code suffix}, in order.
     * Hidden files and folders are left out: an editor's or a version control's own
     * ({@code .#regles.drl}, {@code .git}), never rules.
     */
    public static List<Path> filesIn(Path folder, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(suffix) && Files.isRegularFile(p) && !hidden(folder.relativize(p)))
                    .sorted().toList();
        }
    }

    private static boolean hidden(Path relative) {
        for (Path name : relative) {
            if (name.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceFiles other && files.equals(other.files) && folders.equals(other.folders);
    }

    @Override
    public int hashCode() {
        return files.hashCode() * 31 + folders.hashCode();
    }
}
