package dev.papageno.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code papageno serve} as a user starts it, in its own process: the one line with the address,
 * a free port for {@code --port 0}, the note when it listens beyond this computer, and clear
 * refusals of a bad host or port.
 */
class ServeCommandTest {

    private static final Pattern ADDRESS = Pattern.compile("http://([0-9.:\\[\\]]+):(\\d+)/");

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A running {@code papageno serve}, its first line, and what it says on standard error. */
    private record Server(Process process, String firstLine, ByteArrayOutputStream err) implements AutoCloseable {

        static Server start(String... args) throws IOException {
            List<String> cmd = new ArrayList<>(List.of(Processes.java().toString(), "-cp",
                    System.getProperty("java.class.path"), Main.class.getName(), "serve"));
            cmd.addAll(List.of(args));
            Process p = new ProcessBuilder(cmd).start();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread errReader = new Thread(() -> {
                try (InputStream in = p.getErrorStream()) {
                    in.transferTo(err);
                } catch (IOException e) {
                    // the process has gone; its output so far is kept
                }
            });
            errReader.setDaemon(true);
            errReader.start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            return new Server(p, out.readLine(), err);
        }

        int port() {
            Matcher m = ADDRESS.matcher(firstLine);
            assertTrue(m.matches(), "one line with the address, not: " + firstLine);
            return Integer.parseInt(m.group(2));
        }

        String stderr() {
            synchronized (err) {
                return err.toString(StandardCharsets.UTF_8);
            }
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void printsItsAddressOnThisComputerAndServesThePageOnAFreePort() throws Exception {
        try (Server s = Server.start("--port", "0")) {
            assertNotNull(s.firstLine(), s::stderr);
            assertTrue(s.firstLine().startsWith("http://127.0.0.1:"), s.firstLine());
            int port = s.port();
            assertTrue(port > 0 && port != 8737, "--port 0 picks a free port, not the default: " + port);
            HttpResponse<String> page = get(s.firstLine());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<textarea id=\"draft\""), page.body());
            HttpResponse<String> check = HTTP.send(HttpRequest.newBuilder(URI.create(s.firstLine() + "api/check"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"We planted tomatoes.\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, check.statusCode(), check.body());
            assertTrue(check.body().contains("\"findings\""), check.body());
            assertFalse(s.stderr().contains("listening on"), "on this computer only it says nothing more");
        }
    }

    @Test
    void onAllInterfacesItPrintsAUsableAddressAndSaysSo() throws Exception {
        try (Server s = Server.start("--port", "0", "--host", "0.0.0.0")) {
            assertNotNull(s.firstLine(), s::stderr);
            assertTrue(s.firstLine().startsWith("http://0.0.0.0:"), s.firstLine());
            int port = s.port();
            assertEquals(200, get(s.firstLine()).statusCode(), "the printed address opens");
            assertEquals(200, get("http://127.0.0.1:" + port + "/").statusCode());
            for (int i = 0; i < 100 && !s.stderr().contains("all interfaces"); i++) {
                Thread.sleep(50);
            }
            assertTrue(s.stderr().contains("listening on all interfaces"), s.stderr());
        }
    }

    @Test
    void anUnknownHostIsRefusedWithAClearError() {
        Cli.Result r = Cli.run("serve", "--port", "0", "--host", "no-such-host.invalid");
        assertEquals(ExitCode.USAGE_OR_INPUT.code(), r.code(), r::toString);
        assertTrue(r.err().contains("--host no-such-host.invalid is not an address"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
        assertEquals("", r.out());
    }

    @Test
    void aPortOutOfRangeIsRefusedWithAClearError() {
        Cli.Result r = Cli.run("serve", "--port", "70000");
        assertEquals(ExitCode.USAGE_OR_INPUT.code(), r.code(), r::toString);
        assertTrue(r.err().contains("--port must be between 0 and 65535, not 70000"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
