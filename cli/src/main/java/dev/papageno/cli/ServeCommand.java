package dev.papageno.cli;

import dev.papageno.core.Linter;
import dev.papageno.serve.Linters;
import dev.papageno.serve.ReviewServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code papageno serve}: the review page and the JSON API on a local address, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = PapagenoCommand.VersionProvider.class,
        description = {"Open a review page for drafts (paste or drop a file, see what to change) and a JSON API,"
            + " on this computer only unless --host says otherwise. Stop it with Ctrl+C."},
        footerHeading = "%nExamples:%n",
        footer = {"  papageno serve", "  papageno serve --port 0 --region uk"})
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8737",
            description = "Port to listen on; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this computer only).")
    String host;

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not "
                    + port);
        }
        if (host.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--host needs an address, such as"
                    + " 127.0.0.1 or 0.0.0.0");
        }
        try {
            java.net.InetAddress.getByName(host);
        } catch (java.net.UnknownHostException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--host " + host
                    + " is not an address or a known host name; use an address of this computer, such as"
                    + " 127.0.0.1 or 0.0.0.0");
        }
        dev.papageno.core.nlp.NlpModels.warmUpInBackground();
        Linters linters = new Linters((profile, region) -> {
            Linter.Builder b = configOptions.builder();
            profile.ifPresent(b::profile);
            region.ifPresent(b::region);
            return b.build();
        });
        try {
            linters.get(java.util.Optional.empty(), java.util.Optional.empty());
        } catch (dev.papageno.core.api.ConfigException e) {
            Say.error(err, e.getMessage());
            return ExitCode.USAGE_OR_INPUT.code();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        ReviewServer server;
        try {
            server = ReviewServer.start(host, port, linters, configOptions.loaded.file().map(Path::toString)
                    .orElse(null));
        } catch (IOException | RuntimeException e) {
            Say.error(err, "cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT.code();
        }
        out.println(server.url());
        out.flush();
        if (server.onAllInterfaces()) {
            Say.error(err, "listening on all interfaces, not only on this computer: anyone who can reach it can"
                    + " send drafts");
        } else if (!java.net.InetAddress.getByName(host).isLoopbackAddress()) {
            Say.error(err, "listening on " + host + ", not only on this computer: anyone who can reach it can"
                    + " send drafts");
        }
        err.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            linters.close();
            stopped.countDown();
        }));
        stopped.await();
        return ExitCode.OK.code();
    }
}
