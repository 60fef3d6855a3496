package io.github.cls4j.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * How cls4j reads a file it is given, a contract as a data or rule file: only a regular file
 * (links followed), and never more than a bound, counted while reading rather than trusted from
 * the file's size. A device ({@code /dev/zero}, {@code /dev/urandom}) or a link to one reports a
 * size of 0 and never ends; a FIFO blocks its reader until someone writes: none of them is
 * opened.
 */
public final class InputFile {

    private InputFile() {
    }

    /** What was given as a file is not a regular one (a folder, a device, a FIFO, a socket). */
    public static final class NotARegularFile extends IOException {

        private static final long serialVersionUID = 1L;

        NotARegularFile(Path file) {
            super(file + " is not a regular file");
        }
    }

    /** The file holds more than the bound. */
    public static final class TooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        /** The bound, in bytes. */
        private final long maxBytes;

        TooLarge(Path file, long maxBytes) {
            super(file + " holds more than " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
        }

        /** The bound the file went beyond, in bytes. */
        public long maxBytes() {
            return maxBytes;
        }
    }

    /**
     * The bytes of {@code file}.
     *
     * @param file the file, which must be a regular file (a link to one is followed)
     * @param maxBytes the most bytes it may hold
     * @return its bytes
     * @throws NoSuchFileException if there is no such file
     * @throws NotARegularFile if it is not a regular file
     * @throws TooLarge if it holds more than {@code maxBytes}
     * @throws IOException if it cannot be read
     */
    public static byte[] read(Path file, long maxBytes) throws IOException {
        if (!Files.isRegularFile(file)) {
            if (!Files.exists(file)) {
                throw new NoSuchFileException(file.toString());
            }
            throw new NotARegularFile(file);
        }
        // A regular file may still grow while it is read, or lie about its size: count.
        int bound = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(bound + 1);
            if (bytes.length > bound) {
                throw new TooLarge(file, maxBytes);
            }
            return bytes;
        }
    }

    /**
     * The text of {@code file}, strictly decoded as UTF-8, without a leading byte-order mark.
     *
     * @throws CharacterCodingException if it is not UTF-8 text (e.g. Latin-1)
     * @throws IOException as {@link #read}
     */
    public static String readUtf8(Path file, long maxBytes) throws IOException {
        return utf8(read(file, maxBytes));
    }

    /**
     * {@code bytes} strictly decoded as UTF-8, without a leading byte-order mark.
     *
     * @throws CharacterCodingException if they are not UTF-8 text (e.g. Latin-1)
     */
    public static String utf8(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Why {@code e} kept a file from being read, in English, for a problem's message. */
    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "there is no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "reading it is not allowed (its permissions)";
        }
        if (e instanceof CharacterCodingException) {
            return "it is not UTF-8 text (saved in another encoding, such as Latin-1?)";
        }
        if (e instanceof NotARegularFile) {
            return "it is not a regular file (a folder, a device or a pipe)";
        }
        if (e instanceof TooLarge large) {
            return "it holds more than " + large.maxBytes() + " bytes";
        }
        return "it cannot be read (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
    }
}
