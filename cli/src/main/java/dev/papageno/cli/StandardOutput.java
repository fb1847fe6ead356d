package dev.papageno.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Standard output that does not hide failed writes, as {@link System#out} does. A failed write
 * throws {@link Failure} through the {@link PrintWriter} (which only swallows checked
 * exceptions), so a report sent to a full disk is an error and a closed pipe
 * ({@code papageno check . | head -1}) stops the run at once.
 */
final class StandardOutput {

    private StandardOutput() {
    }

    /** A write to standard output failed. */
    static final class Failure extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        private volatile boolean reported;

        Failure(IOException cause) {
            super(cause.getMessage() == null ? "write failed" : cause.getMessage(), cause);
        }

        /** Marks the failure as said (or deliberately not said); true the first time. */
        boolean report() {
            boolean first = !reported;
            reported = true;
            return first;
        }

        /** Whether the reader went away (a closed pipe): the run stops without a message. */
        boolean brokenPipe() {
            String m = getCause().getMessage();
            return m != null && (m.contains("Broken pipe") || m.contains("Stream closed"));
        }

        /** The reason, for the one line on standard error. */
        String reason() {
            String m = getCause().getMessage();
            return m == null ? getCause().getClass().getSimpleName() : m;
        }
    }

    /** The process's standard output, as a writer whose failures are thrown. */
    static PrintWriter open() {
        return of(new FileOutputStream(FileDescriptor.out));
    }

    /** A writer over a stream whose failures are thrown as {@link Failure}. */
    static PrintWriter of(OutputStream stream) {
        return new PrintWriter(new Checked(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), false);
    }

    /** Passes writes on; turns an {@link IOException} into a {@link Failure}. */
    private static final class Checked extends Writer {
        private final Writer out;
        private Failure failed;

        Checked(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            check();
            try {
                out.write(cbuf, off, len);
            } catch (IOException e) {
                throw fail(e);
            }
        }

        @Override
        public void write(String s, int off, int len) {
            check();
            try {
                out.write(s, off, len);
            } catch (IOException e) {
                throw fail(e);
            }
        }

        @Override
        public void flush() {
            check();
            try {
                out.flush();
            } catch (IOException e) {
                throw fail(e);
            }
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                // nothing more can be said on a stream that failed
            }
        }

        /** After one failure every later write fails at once, without writing. */
        private void check() {
            if (failed != null) {
                throw failed;
            }
        }

        private Failure fail(IOException e) {
            failed = new Failure(e);
            return failed;
        }
    }
}
