package dev.papageno.rules.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.LintRequest;
import dev.papageno.core.api.Finding;
import dev.papageno.core.Linter;
import dev.papageno.core.api.Severity;
import dev.papageno.core.source.InputFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Whole drafts through the method-detail rules: where findings must be, and where they must not. */
class MethodDetailDraftsTest {

    private static Linter linter;

    @BeforeAll
    static void load() throws Exception {
        linter = Linter.builder().threads(1).build();
    }

    @AfterAll
    static void close() {
        linter.close();
    }

    @Test
    void anExplainerOnSelfInjuryGetsFindingsOnItsToolsAndNowhereElse() throws IOException {
        String text = read("/method/nssi-explainer.txt");
        List<String> lines = List.of(text.split("\n", -1));
        Set<Integer> flagged = new TreeSet<>();
        for (Finding f : method(linter.lint(LintRequest.text("nssi-explainer.txt", text, InputFormat.TEXT)).findings())) {
            flagged.add(f.line());
        }
        int razors = lineOf(lines, "razors or knives");
        int matches = lineOf(lines, "matches, lighters, or cigarettes");
        assertEquals(Set.of(razors, matches), flagged, "method-detail findings on exactly the lines naming tools");
    }

    @Test
    void theToolFindingsNameTheirCuesAndCoverTheToolsOnly() throws IOException {
        String text = read("/method/nssi-explainer.txt");
        List<Finding> found = method(linter.lint(LintRequest.text("nssi-explainer.txt", text, InputFormat.TEXT)).findings());
        Finding razors = found.stream().filter(f -> f.text().contains("razors")).findFirst().orElseThrow();
        assertEquals("razors or knives", razors.text());
        assertEquals("method-detail/self-harm-tools", razors.rule());
        assertTrue(razors.message().contains("instrument: razors, knives"), razors.message());
        assertTrue(razors.message().contains("act: Cutting"), razors.message());
        assertTrue(razors.message().contains("context: "), razors.message());
        assertTrue(razors.message().contains("“self-harm” in general terms"), razors.message());
        Finding burning = found.stream().filter(f -> f.text().contains("matches")).findFirst().orElseThrow();
        assertEquals("matches, lighters, or cigarettes", burning.text());
    }

    @Test
    void idiomsAndMeansSafetyInADraftAboutSelfHarmGiveNoMethodFinding() throws IOException {
        String text = read("/method/idioms-in-self-harm-draft.md");
        List<Finding> found = method(linter.lint(LintRequest.text("idioms.md", text, InputFormat.MARKDOWN)).findings());
        assertEquals(List.of(), found.stream().map(f -> f.rule() + " on “" + f.text() + "”").toList());
    }

    @Test
    void populationStatisticsAreInfoInTheBlogProfileAndNothingInTheClinicalOne() throws Exception {
        String text = "In our sample of young people who self-harm, 64% reported cutting on the arms.";
        List<Finding> blog = method(linter.lint(LintRequest.text("stats.md", text, InputFormat.MARKDOWN)).findings());
        assertEquals(1, blog.size(), blog.toString());
        assertEquals(Severity.INFO, blog.get(0).severity());
        try (Linter clinical = Linter.builder().profile("clinical").threads(1).build()) {
            assertEquals(List.of(), method(clinical.lint(LintRequest.text("stats.md", text, InputFormat.MARKDOWN)).findings()));
        }
    }

    @Test
    void quotationsAndFirstPersonDoNotLowerMethodDetail() {
        String quoted = "> The inquest heard that she had taken 48 paracetamol tablets after years of suicidal thoughts.";
        String mine = "I attempted suicide in 2019. I swallowed 30 sleeping pills that night.";
        for (String text : List.of(quoted, mine)) {
            List<Finding> found = method(linter.lint(LintRequest.text("draft.md", text, InputFormat.MARKDOWN)).findings());
            assertEquals(1, found.size(), found.toString());
            assertEquals(Severity.ERROR, found.get(0).severity(), text);
        }
    }

    private static List<Finding> method(List<Finding> all) {
        return all.stream().filter(f -> f.category().equals("method-detail")).toList();
    }

    private static int lineOf(List<String> lines, String needle) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line holds " + needle);
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = MethodDetailDraftsTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
