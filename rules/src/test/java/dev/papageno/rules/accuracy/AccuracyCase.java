package dev.papageno.rules.accuracy;

import dev.papageno.core.source.InputFormat;
import dev.papageno.core.source.SourceText;
import java.util.List;
import java.util.Optional;

/**
 * One fixture: a draft and what a careful editor expects Papageno to report on it.
 *
 * @param name          the draft's file name inside its set, such as {@code news-council-services.md}
 * @param source        the decoded draft; every expected range points into it
 * @param format        how the draft is read (by its extension)
 * @param profile       the profile to lint with; empty for the default
 * @param region        the readers' region; empty for none
 * @param spans         the expected span-level findings, in the order of the file
 * @param documentRules the document-level rules expected to fire
 * @param traps         places that must stay quiet, with the reason
 */
public record AccuracyCase(String name, SourceText source, InputFormat format, Optional<String> profile,
        Optional<String> region, List<ExpectedSpan> spans, List<ExpectedDocumentRule> documentRules,
        List<Trap> traps) {

    public AccuracyCase {
        spans = List.copyOf(spans);
        documentRules = List.copyOf(documentRules);
        traps = List.copyOf(traps);
    }

    /** The expectation for a document-level rule, if the case lists it. */
    public Optional<ExpectedDocumentRule> documentRule(String id) {
        return documentRules.stream().filter(d -> d.rule().equals(id)).findFirst();
    }
}
