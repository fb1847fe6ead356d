package dev.papageno.core.report;

import dev.papageno.core.api.FileResult;
import dev.papageno.core.api.LintResult;
import java.io.IOException;
import java.io.Writer;

/**
 * A format that can be written one file at a time, as files are linted, so a run need not hold
 * every draft until the end and a reader that goes away ({@code | head -1}) stops the run at the
 * next file. Written in path order, {@link #file} for each input and then {@link #end}, it gives
 * the same bytes as {@link Reporter#write}.
 */
public interface StreamingReporter extends Reporter {

    /** Writes what a report says about one input. */
    void file(FileResult file, ReportOptions options, Writer out) throws IOException;

    /**
     * Writes the end of the report.
     *
     * @param result every input of the run (their drafts need not be kept)
     */
    void end(LintResult result, ReportOptions options, Writer out) throws IOException;

    @Override
    default void write(LintResult result, ReportOptions options, Writer out) throws IOException {
        for (FileResult f : result.files()) {
            file(f, options, out);
        }
        end(result, options, out);
    }
}
