package dev.papageno.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Sends answers: bodies with their type, JSON errors, and the headers every answer carries. */
final class Replies {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Nothing the page shows may load from elsewhere or run inline: what is pasted can never run. */
    static final String CONTENT_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private Replies() {
    }

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.getResponseHeaders().set("Content-Security-Policy", CONTENT_POLICY);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }

    static void text(HttpExchange ex, int status, String type, String body) throws IOException {
        send(ex, status, type + "; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code {"error": "...", "field": "..."}}, the field only when one is at fault. */
    static void error(HttpExchange ex, int status, String field, String message) throws IOException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", message);
        if (field != null) {
            body.put("field", field);
        }
        text(ex, status, "application/json", JSON.writeValueAsString(body) + "\n");
    }

    static void notAllowed(HttpExchange ex, String allowed) throws IOException {
        ex.getResponseHeaders().set("Allow", allowed);
        error(ex, 405, null, ex.getRequestMethod() + " is not allowed on " + ex.getRequestURI().getPath()
                + "; use " + allowed);
    }

    static void notFound(HttpExchange ex) throws IOException {
        error(ex, 404, null, "nothing at " + ex.getRequestURI().getPath());
    }
}
