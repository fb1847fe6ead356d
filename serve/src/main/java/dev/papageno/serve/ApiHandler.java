package dev.papageno.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.papageno.core.LintRequest;
import dev.papageno.core.Linter;
import dev.papageno.core.api.ConfigException;
import dev.papageno.core.api.FileResult;
import dev.papageno.core.api.LintResult;
import dev.papageno.core.fix.FixedFile;
import dev.papageno.core.fix.Fixer;
import dev.papageno.core.input.DraftReader;
import dev.papageno.core.report.JsonReporter;
import dev.papageno.core.report.ReportOptions;
import dev.papageno.core.source.InputFormat;
import dev.papageno.core.source.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The API: {@code POST /api/check} answers the JSON report of {@code papageno check --format json},
 * {@code POST /api/view} that report with the draft as a reader sees it (see {@link ViewReply}),
 * {@code POST /api/fix} the draft with every fixable finding fixed, and {@code POST /api/text} the
 * text that is checked (a Word document's paragraphs, say). Each takes a JSON body or a multipart
 * upload (see {@link DraftRequest}).
 */
final class ApiHandler implements HttpHandler {

    /** The largest body taken, in bytes. */
    static final int MAX_BODY = 5 * 1024 * 1024;
    /** How much of a body over the limit is read and dropped before the answer. */
    private static final long MAX_DRAINED = 64L * 1024 * 1024;

    private final Linters linters;
    private final String configFile;

    ApiHandler(Linters linters, String configFile) {
        this.linters = linters;
        this.configFile = configFile;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        try {
            if (!List.of("/api/check", "/api/view", "/api/fix", "/api/text").contains(path)) {
                Replies.notFound(ex);
                return;
            }
            if (!ex.getRequestMethod().equals("POST")) {
                Replies.notAllowed(ex, "POST");
                return;
            }
            DraftRequest request = read(ex);
            Linter linter = linter(request);
            SourceText source;
            try {
                source = source(request, linter);
            } catch (DraftReader.UnreadableException e) {
                if (path.equals("/api/check") || path.equals("/api/view")) {
                    LintResult failed = new LintResult(List.of(FileResult.failed(request.name(), e.getMessage())));
                    String report = report(failed, linter);
                    Replies.text(ex, 200, "application/json", path.equals("/api/check") ? report
                            : ViewReply.of(report, failed, InputFormat.TEXT));
                    return;
                }
                throw ApiError.badField(request.bytes().isPresent() ? "file" : "text", request.name() + ": "
                        + e.getMessage());
            }
            switch (path) {
                case "/api/text" -> Replies.text(ex, 200, "text/plain", source.text());
                case "/api/check" -> Replies.text(ex, 200, "application/json", report(lint(request, linter, source),
                        linter));
                case "/api/view" -> {
                    LintResult result = lint(request, linter, source);
                    Replies.text(ex, 200, "application/json", ViewReply.of(report(result, linter), result,
                            format(request, linter)));
                }
                default -> Replies.text(ex, 200, "text/plain", fix(lint(request, linter, source), linter));
            }
        } catch (ApiError e) {
            Replies.error(ex, e.status(), e.field(), e.getMessage());
        } catch (ConfigException e) {
            Replies.error(ex, 500, null, e.getMessage());
        } catch (RuntimeException e) {
            Replies.error(ex, 500, null, "internal error: " + e);
        }
    }

    /** Reads the body (refusing one over the limit) as JSON or a multipart form. */
    private static DraftRequest read(HttpExchange ex) throws IOException, ApiError {
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                // The rest is read and dropped (up to a bound) so that the client, still sending,
                // gets the answer rather than a closed connection.
                byte[] dropped = new byte[64 * 1024];
                long total = 0;
                for (int n; total < MAX_DRAINED && (n = in.read(dropped)) != -1; ) {
                    total += n;
                }
                ex.getResponseHeaders().set("Connection", "close");
                throw new ApiError(413, null, "the body is larger than 5 MB");
            }
        }
        String type = Optional.ofNullable(ex.getRequestHeaders().getFirst("Content-Type")).orElse("")
                .toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/form-data")) {
            return DraftRequest.fromForm(MultipartForm.parse(ex.getRequestHeaders().getFirst("Content-Type"), body));
        }
        return DraftRequest.fromJson(body);
    }

    private Linter linter(DraftRequest request) throws ApiError, ConfigException {
        try {
            return linters.get(request.profile(), request.region());
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            throw ApiError.badField(message.startsWith("unknown region") ? "region" : "profile", message);
        }
    }

    private static SourceText source(DraftRequest request, Linter linter) throws DraftReader.UnreadableException {
        if (request.text().isPresent()) {
            return SourceText.of(request.name(), request.text().get());
        }
        return DraftReader.decode(request.name(), request.bytes().orElseThrow(), linter.charset());
    }

    private static InputFormat format(DraftRequest request, Linter linter) throws ApiError {
        if (request.format().isEmpty()) {
            return linter.formatFor(request.name());
        }
        String f = request.format().get();
        return InputFormat.byId(f).orElseThrow(() -> ApiError.badField("format", "unknown format \"" + f
                + "\"; use markdown, html or text"));
    }

    private static LintResult lint(DraftRequest request, Linter linter, SourceText source) throws ApiError {
        return linter.lint(LintRequest.source(source, format(request, linter)));
    }

    private String report(LintResult result, Linter linter) throws IOException {
        StringWriter out = new StringWriter();
        new JsonReporter().write(result, new ReportOptions(false, linter.rules(), linter.failPolicy(), 0,
                configFile), out);
        return out.toString();
    }

    private static String fix(LintResult result, Linter linter) {
        FileResult only = result.only();
        FixedFile fixed = new Fixer(linter).fix(only);
        return fixed.text();
    }
}
