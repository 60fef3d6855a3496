package io.github.cls4j.cli.output;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * A writer on a stream that remembers why it failed. {@code System.out} is a PrintStream that
 * swallows its errors, so a report sent to a full disk or a closed standard output was lost
 * with exit 0; this writer goes to the file descriptor itself, and {@link #failure()} tells a
 * reader who left early (a closed pipe, as {@code | head} does) from a write that failed.
 */
public final class StandardOutput extends PrintWriter {

    private final Recording stream;

    private StandardOutput(Recording stream, Charset charset) {
        super(new OutputStreamWriter(stream, charset), true);
        this.stream = stream;
    }

    /** The process's standard output, in {@code charset}. */
    public static StandardOutput open(Charset charset) {
        return on(new FileOutputStream(FileDescriptor.out), charset);
    }

    /** A writer on {@code out}, in {@code charset}: for tests, and for the standard error. */
    public static StandardOutput on(OutputStream out, Charset charset) {
        return new StandardOutput(new Recording(out), charset);
    }

    /** The first failure of a write, or {@code null}: flushes first, as {@link #checkError()} does. */
    public IOException failure() {
        checkError();
        return stream.failure;
    }

    /**
     * Whether the failure is the reader's leaving: the pipe was closed on the other side ("Broken
     * pipe", EPIPE), which is the reader's choice, not a lost report.
     */
    public boolean readerLeft() {
        IOException failure = failure();
        return failure != null && failure.getMessage() != null && failure.getMessage().contains("Broken pipe");
    }

    /** Passes every byte on and keeps the first exception. */
    private static final class Recording extends FilterOutputStream {

        private IOException failure;

        Recording(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                keep(e);
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                keep(e);
                throw e;
            }
        }

        private void keep(IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }
}
