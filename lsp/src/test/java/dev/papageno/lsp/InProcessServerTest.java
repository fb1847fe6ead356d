package dev.papageno.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The scenarios with the server in this process, over in-memory pipes. */
class InProcessServerTest extends LspScenarios {

    @Override
    protected Connection connect() throws IOException {
        PipedInputStream serverIn = new PipedInputStream(1 << 20);
        PipedOutputStream toServer = new PipedOutputStream(serverIn);
        PipedInputStream fromServer = new PipedInputStream(1 << 20);
        PipedOutputStream serverOut = new PipedOutputStream(fromServer);
        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> {
            int c = PapagenoLsp.run(serverIn, serverOut);
            try {
                serverOut.close();
            } catch (IOException ignored) {
                // the client reads no more
            }
            return c;
        });
        return new Connection() {
            @Override
            public InputStream fromServer() {
                return fromServer;
            }

            @Override
            public OutputStream toServer() {
                return toServer;
            }

            @Override
            public int exitCode() throws Exception {
                return code.get(60, TimeUnit.SECONDS);
            }
        };
    }
}
