package dev.papageno.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The review page and the API on one local address. */
public final class ReviewServer implements AutoCloseable {

    /** Requests answered at a time. */
    private static final int THREADS = 4;

    private final HttpServer server;
    private final ExecutorService executor;
    private final String requestedHost;

    private ReviewServer(HttpServer server, ExecutorService executor, String requestedHost) {
        this.requestedHost = requestedHost;
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts serving on {@code host:port} ({@code port} 0 picks a free one).
     *
     * @param configFile the config file the linters read, named in reports; null when none
     */
    public static ReviewServer start(String host, int port, Linters linters, String configFile) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/", new PageAssets());
        server.createContext("/api/", new ApiHandler(linters, configFile));
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "papageno-serve");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.start();
        return new ReviewServer(server, executor, host);
    }

    /** The port served on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Whether it listens on every address of this computer ({@code 0.0.0.0} or {@code ::}). */
    public boolean onAllInterfaces() {
        return server.getAddress().getAddress().isAnyLocalAddress();
    }

    /**
     * The page's address, as {@code http://HOST:PORT/}. On all interfaces it is {@code 0.0.0.0}
     * (or {@code [::]}), as a browser on this computer opens it and as a user types it.
     */
    public String url() {
        InetSocketAddress a = server.getAddress();
        java.net.InetAddress address = a.getAddress();
        // A socket bound to 0.0.0.0 may report itself as :: on a dual-stack system: name it as asked.
        String host = address.isAnyLocalAddress()
                ? (requestedHost.contains(":") ? "::" : "0.0.0.0")
                : address.getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + a.getPort() + "/";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
