/**
 * {@code papageno serve}: a local review page for editors and a JSON API for content systems, on
 * the JDK's HTTP server. {@link dev.papageno.serve.ReviewServer} wires the routes:
 * {@link dev.papageno.serve.PageAssets} serves the page from the jar, {@link dev.papageno.serve.ApiHandler}
 * answers {@code /api/check}, {@code /api/view} (with {@link dev.papageno.serve.ViewReply}), {@code /api/fix}
 * and {@code /api/text}, reading requests with
 * {@link dev.papageno.serve.DraftRequest} and {@link dev.papageno.serve.MultipartForm}.
 * The linting itself is the core's; nothing here knows of the command line.
 */
package dev.papageno.serve;
