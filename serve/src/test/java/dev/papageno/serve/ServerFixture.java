package dev.papageno.serve;

import dev.papageno.core.Linter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A server on a free port with the built-in rules, and a client for it. */
final class ServerFixture implements AutoCloseable {

    final Linters linters = new Linters((profile, region) -> {
        Linter.Builder b = Linter.builder();
        profile.ifPresent(b::profile);
        region.ifPresent(b::region);
        return b.build();
    });
    final ReviewServer server;
    final HttpClient client = HttpClient.newHttpClient();

    ServerFixture() throws IOException {
        server = ReviewServer.start("127.0.0.1", 0, linters, null);
    }

    HttpResponse<String> post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return post(path, "application/json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.close();
        linters.close();
    }
}
