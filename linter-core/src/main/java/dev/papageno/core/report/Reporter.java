package dev.papageno.core.report;

import dev.papageno.core.api.LintResult;
import java.io.IOException;
import java.io.Writer;

/**
 * An output format. Implementations are stateless, found through {@link java.util.ServiceLoader}
 * by {@link #id()}, and write the whole result in one call. Output depends only on the result, so
 * the same input gives the same bytes.
 */
public interface Reporter {

    /** The name used with {@code --format}. */
    String id();

    /** One line for {@code --help}. */
    String description();

    /** The usual file extension of a report in this format, without the dot. */
    default String fileExtension() {
        return "txt";
    }

    void write(LintResult result, ReportOptions options, Writer out) throws IOException;
}
