package dev.papageno.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;

/** The scenarios with the server as a separate process, spoken to over its standard input and output. */
class SeparateProcessServerTest extends LspScenarios {

    private Process process;

    @Override
    protected Connection connect() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName()))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
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
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    throw new AssertionError("the server did not end within a minute of exit");
                }
                return p.exitValue();
            }
        };
    }

    @AfterEach
    void endProcess() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
