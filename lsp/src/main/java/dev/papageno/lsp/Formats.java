package dev.papageno.lsp;

import dev.papageno.core.source.InputFormat;
import java.util.Locale;
import java.util.Optional;

/** Which of Papageno's formats a document is, from its language id or else its file name. */
final class Formats {

    private Formats() {
    }

    /**
     * The format of a document: its language id when it is one Papageno reads, else its file
     * extension, as {@code papageno check} picks it; empty for a document Papageno does not lint
     * (a YAML file, say), which the client should not have sent.
     */
    static Optional<InputFormat> of(String languageId, String fileName) {
        String id = languageId == null ? "" : languageId.toLowerCase(Locale.ROOT);
        switch (id) {
            case "markdown", "md", "mdx", "gfm", "pandoc", "quarto", "rmd" -> {
                return Optional.of(InputFormat.MARKDOWN);
            }
            case "html", "htm", "xhtml", "mhtml" -> {
                return Optional.of(InputFormat.HTML);
            }
            case "plaintext", "text", "txt", "plain" -> {
                return Optional.of(InputFormat.TEXT);
            }
            default -> {
                if (fileName != null && InputFormat.isDraftFileName(fileName)) {
                    return Optional.of(InputFormat.forFileName(fileName));
                }
                return id.isEmpty() && fileName != null && !fileName.contains(".")
                        ? Optional.of(InputFormat.TEXT) : Optional.empty();
            }
        }
    }
}
