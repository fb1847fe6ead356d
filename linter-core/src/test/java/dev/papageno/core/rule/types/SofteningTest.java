package dev.papageno.core.rule.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.LintRequest;
import dev.papageno.core.Linter;
import dev.papageno.core.api.ConfigException;
import dev.papageno.core.api.Finding;
import dev.papageno.core.api.RuleSetting;
import dev.papageno.core.api.Severity;
import dev.papageno.core.rule.RuleSet;
import dev.papageno.core.rule.load.RuleSetLoader;
import dev.papageno.core.source.InputFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code soften} key: a rule's full severity where the sentence instructs or promotes, links
 * or tags, info where it reports on the thing, and the softer severity elsewhere.
 */
class SofteningTest {

    @TempDir
    Path dir;

    private static final String RULE = """
            id: test/promotion
            type: %s
            severity: error
            summary: s
            message: "{match}"
            rationale: r
            sources: ["https://example.org/guide"]
            match:
              %s
            soften:
              to: warning
              unless:
                phrases: ["follow me", tips]
              links: true
              hashtags: true
              reporting:
                phrases: [researchers, accounts]
            examples:
              - bad: "[[x]]"
              - ok: "y"
            """;

    private List<Finding> lint(String type, String match, String text) throws Exception {
        Files.writeString(dir.resolve("rule.yaml"), String.format(RULE, type, match));
        RuleSet set = RuleSetLoader.load(getClass().getClassLoader(), "enginetest", List.of(dir));
        try (Linter linter = Linter.builder().ruleSet(set).threads(1).build()) {
            return linter.lint(LintRequest.text("t.md", text, InputFormat.MARKDOWN)).findings();
        }
    }

    private static String severities(List<Finding> findings) {
        return findings.stream().map(f -> f.text() + " " + f.severity()).collect(Collectors.joining("\n"));
    }

    @Test
    void promotionLinksAndHashtagsKeepTheFullSeverityReportingIsInfoTheRestSofter() throws Exception {
        String text = """
                Follow me for daily glitterbait.

                Here is [my glitterbait board](https://example.org/board).

                All my glitterbait is at https://example.org/board today.

                Researchers counted glitterbait on many sites.

                She saw glitterbait on her phone at night.
                """;
        String expected = """
                glitterbait ERROR
                glitterbait ERROR
                glitterbait ERROR
                glitterbait INFO
                glitterbait WARNING""";
        assertEquals(expected, severities(lint("phrase", "phrases: [glitterbait]", text)));
        assertEquals(expected, severities(lint("pattern", "tokens:\n    - {words: [glitterbait], anchor: true}", text)));
    }

    @Test
    void aMatchWrittenAsAHashtagKeepsTheFullSeverity() throws Exception {
        assertEquals("glitterbait ERROR\nglitterbait WARNING", severities(lint("phrase", "phrases: [glitterbait]",
                "Posting #glitterbait again tonight.\n\nPosting glitterbait again tonight.\n")));
    }

    @Test
    void theConfiguredSeverityStaysTheMostAFindingHas() throws Exception {
        Files.writeString(dir.resolve("rule.yaml"), String.format(RULE, "phrase", "phrases: [glitterbait]"));
        RuleSet set = RuleSetLoader.load(getClass().getClassLoader(), "enginetest", List.of(dir));
        try (Linter linter = Linter.builder().ruleSet(set).threads(1)
                .rule("test/promotion", RuleSetting.of(Severity.WARNING)).build()) {
            List<Finding> found = linter.lint(LintRequest.text("t.md", "Follow me for glitterbait tips.",
                    InputFormat.MARKDOWN)).findings();
            assertEquals("glitterbait WARNING", severities(found));
        }
    }

    @Test
    void aSofterSeverityThatIsNotLowerIsRefused() throws Exception {
        Files.writeString(dir.resolve("rule.yaml"), String.format(RULE, "phrase", "phrases: [glitterbait]")
                .replace("to: warning", "to: error"));
        ConfigException e = assertThrows(ConfigException.class,
                () -> RuleSetLoader.load(getClass().getClassLoader(), "enginetest", List.of(dir)));
        assertTrue(e.getMessage().contains("soften.to: \"error\" is not allowed; use one of: info, warning"),
                e.getMessage());
    }
}
