package dev.papageno.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenarios with the server as a separate process, spoken to over its standard input and
 * output; and how it ends: quietly, whether the editor says goodbye or just closes the pipes.
 */
class SeparateProcessServerTest extends LspScenarios {

    @TempDir
    Path logs;

    private Process process;
    private Path stderr;

    @Override
    protected Connection connect() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        stderr = Files.createTempFile(logs, "server", ".stderr");
        process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName()))
                .redirectError(stderr.toFile())
                .start();
        Process p = process;
        return new Connection() {
            @Override
            public InputStream fromServer() {
                return p.getInputStream();
            }

            @Override
            public OutputStream toServer() {
                return p.getOutputStream();
            }

            @Override
            public int exitCode() throws Exception {
                return SeparateProcessServerTest.exitCode(p);
            }
        };
    }

    @Test
    void shutdownAndExitEndWithCodeZeroAndNothingOnStandardError() throws Exception {
        Session s = start();
        String uri = s.open("post.md", "markdown", DRAFT);
        s.client.await(uri, x -> !x.getDiagnostics().isEmpty());
        assertEquals(0, s.shutDown());
        assertQuiet();
    }

    @Test
    void theEditorClosingThePipesAfterShutdownIsACleanEnd() throws Exception {
        Session s = start();
        String uri = s.open("post.md", "markdown", DRAFT);
        s.client.await(uri, x -> !x.getDiagnostics().isEmpty());
        s.server.shutdown().get(60, TimeUnit.SECONDS);
        s.ended = true;
        process.getOutputStream().close();
        process.getInputStream().close();
        assertEquals(0, exitCode(process));
        assertQuiet();
    }

    @Test
    void anEditorThatStopsReadingEndsTheServerQuietly() throws Exception {
        Connection c = connect();
        // Nothing reads the server's output: its answer to initialize meets a broken pipe.
        c.fromServer().close();
        String init = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
                + "\"params\":{\"processId\":null,\"capabilities\":{}}}";
        byte[] body = init.getBytes(StandardCharsets.UTF_8);
        c.toServer().write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        c.toServer().write(body);
        c.toServer().flush();
        assertEquals(1, c.exitCode(), "gone without shutdown");
        assertQuiet();
    }

    private void assertQuiet() throws Exception {
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "a stack trace on standard error:\n" + err);
    }

    private static int exitCode(Process p) throws InterruptedException {
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the server did not end within a minute");
        }
        return p.exitValue();
    }

    @AfterEach
    void endProcess() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
