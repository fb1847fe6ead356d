package dev.papageno.lsp;

import dev.papageno.core.Linter;
import dev.papageno.core.api.Finding;
import dev.papageno.core.source.InputFormat;
import dev.papageno.core.source.SourceText;
import java.util.List;

/**
 * What linting one version of a document gave, kept for hovers and code actions.
 *
 * @param version  the document version that was linted
 * @param source   its text
 * @param format   how it was read
 * @param findings the findings, in offset order
 * @param linter   the linter that found them (for fixes, which lint again)
 */
record Results(int version, SourceText source, InputFormat format, List<Finding> findings, Linter linter) {

    Results {
        findings = List.copyOf(findings);
    }
}
