package dev.papageno.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.papageno.core.api.FileResult;
import dev.papageno.core.api.Finding;
import dev.papageno.core.api.LintResult;
import dev.papageno.core.api.Severity;
import dev.papageno.core.source.SourceText;
import dev.papageno.core.source.TextRange;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingLogTest {

    private static Finding finding(String rule, Severity severity, int start, int end, int line, int column,
            List<String> suggestions) {
        return new Finding(rule, rule.substring(0, rule.indexOf('/')), severity, "Message.", new TextRange(start, end),
                line, column, line, column + end - start, "", suggestions, List.of(), "", List.of(), Optional.empty());
    }

    @Test
    void aSpanFindingReadsLikeACompilerDiagnosticWithWhatToWriteInstead() {
        Finding f = finding("stigma/committed-suicide", Severity.WARNING, 57, 74, 5, 15,
                List.of("died by suicide", "took their own life"));

        assertEquals("docs/post.md:[5,15] stigma/committed-suicide: Message. (instead: died by suicide | took their"
                + " own life)", FindingLog.line("docs/post.md", f));
    }

    @Test
    void aDocumentFindingSaysWhatToAdd() {
        Finding f = finding("trigger-warning/missing", Severity.WARNING, 0, 0, 1, 1,
                List.of("Content note: this post talks about suicide."));

        assertEquals("post.md:[1,1] trigger-warning/missing: Message. (add: Content note: this post talks about"
                + " suicide.)", FindingLog.line("post.md", f));
    }

    @Test
    void aFixableFindingIsMarked() {
        Finding f = new Finding("stigma/cutter", "stigma", Severity.WARNING, "Message.", new TextRange(0, 6), 1, 1, 1,
                7, "cutter", List.of("person who self-harms"), List.of(), "", List.of(),
                Optional.of(new dev.papageno.core.api.Fix(new TextRange(0, 6), "person who self-harms")));
        assertEquals("a.md:[1,1] stigma/cutter: Message. (instead: person who self-harms) [fixable]",
                FindingLog.line("a.md", f));
    }

    @Test
    void aFindingWithoutSuggestionsIsJustTheMessage() {
        Finding f = finding("method-detail/specific", Severity.ERROR, 3, 9, 2, 4, List.of());

        assertEquals("a.md:[2,4] method-detail/specific: Message.", FindingLog.line("a.md", f));
    }

    @Test
    void theSummaryCountsDraftsFindingsAndSeverities() {
        SourceText text = SourceText.of("a.md", "Some words.");
        LintResult result = new LintResult(List.of(
                FileResult.ok("a.md", List.of(finding("stigma/x", Severity.WARNING, 0, 4, 1, 1, List.of()),
                        finding("method-detail/y", Severity.ERROR, 5, 10, 1, 6, List.of())), text),
                FileResult.ok("b.md", List.of(), text),
                FileResult.failed("c.md", "binary file, not a draft")));

        assertEquals("2 drafts checked: 2 findings (1 error, 1 warning, 0 info) in 1 draft; 1 draft could not be read",
                FindingLog.summary(result));
        assertEquals("no findings", FindingLog.summary(new LintResult(List.of(FileResult.ok("b.md", List.of(),
                text)))).substring("1 draft checked: ".length()));
    }
}
