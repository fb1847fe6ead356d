package dev.papageno.lsp;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The two streams to the editor, seen so that the editor closing them is a clean end and not an
 * error: a read that fails is the end of the input, and a write that fails (a broken pipe) drops
 * this and every later message, once telling {@code onGone}. Without this, LSP4J logs a stack
 * trace for each message it can no longer send.
 *
 * <pre>{@code
 * ClientPipes pipes = new ClientPipes(System.in, out, server::clientGone);
 * launcher.setInput(pipes.input()).setOutput(pipes.output());
 * }</pre>
 */
final class ClientPipes {

    private final InputStream input;
    private final OutputStream output;
    private final AtomicBoolean gone = new AtomicBoolean();
    private final Runnable onGone;

    ClientPipes(InputStream in, OutputStream out, Runnable onGone) {
        this.onGone = onGone;
        this.input = new Input(in);
        this.output = new Output(out);
    }

    InputStream input() {
        return input;
    }

    OutputStream output() {
        return output;
    }

    private void closed() {
        if (gone.compareAndSet(false, true)) {
            onGone.run();
        }
    }

    private static final class Input extends FilterInputStream {

        Input(InputStream in) {
            super(in);
        }

        @Override
        public int read() {
            try {
                return super.read();
            } catch (IOException e) {
                return -1;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                return -1;
            }
        }
    }

    private final class Output extends FilterOutputStream {

        Output(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) {
            if (gone.get()) {
                return;
            }
            try {
                out.write(b);
            } catch (IOException e) {
                closed();
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (gone.get()) {
                return;
            }
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                closed();
            }
        }

        @Override
        public void flush() {
            if (gone.get()) {
                return;
            }
            try {
                out.flush();
            } catch (IOException e) {
                closed();
            }
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                closed();
            }
        }
    }
}
