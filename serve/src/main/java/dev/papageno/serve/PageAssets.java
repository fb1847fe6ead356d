package dev.papageno.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** The review page and its script and style, served from the jar: the page needs no network. */
final class PageAssets implements HttpHandler {

    /** Path to resource name and content type. */
    private static final Map<String, String[]> ASSETS = Map.of(
            "/", new String[] {"index.html", "text/html; charset=utf-8"},
            "/page.js", new String[] {"page.js", "text/javascript; charset=utf-8"},
            "/page.css", new String[] {"page.css", "text/css; charset=utf-8"});

    @Override
    public void handle(HttpExchange ex) throws IOException {
        String[] asset = ASSETS.get(ex.getRequestURI().getPath());
        if (asset == null) {
            Replies.notFound(ex);
            return;
        }
        if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
            Replies.notAllowed(ex, "GET");
            return;
        }
        byte[] body;
        try (InputStream in = PageAssets.class.getResourceAsStream(asset[0])) {
            if (in == null) {
                throw new IOException("missing page resource " + asset[0]);
            }
            body = in.readAllBytes();
        }
        Replies.send(ex, 200, asset[1], body);
    }
}
