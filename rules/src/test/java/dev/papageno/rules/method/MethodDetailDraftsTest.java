package dev.papageno.rules.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.LintRequest;
import dev.papageno.core.api.Finding;
import dev.papageno.core.Linter;
import dev.papageno.core.api.Severity;
import dev.papageno.core.method.MethodDetail;
import dev.papageno.core.method.MethodReader;
import dev.papageno.core.source.InputFormat;
import dev.papageno.rules.topic.Readers;
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
    void anExplainerOnSelfInjuryGetsFindingsOnlyOnItsToolLines() throws IOException {
        String text = read("/method/nssi-explainer.txt");
        List<String> lines = List.of(text.split("\n", -1));
        Set<Integer> flagged = new TreeSet<>();
        for (Finding f : method(linter.lint(LintRequest.text("nssi-explainer.txt", text, InputFormat.TEXT)).findings())) {
            flagged.add(f.line());
        }
        int razors = lineOf(lines, "razors or knives");
        int matches = lineOf(lines, "matches, lighters, or cigarettes");
        assertTrue(flagged.contains(razors), "the razors line is flagged: " + flagged);
        assertTrue(Set.of(razors, matches).containsAll(flagged), "method-detail findings only on lines naming tools: "
                + flagged);
    }

    @Test
    void aFindingRunsFromItsFirstToItsLastCueWordAndNamesTheCues() throws IOException {
        String text = read("/method/nssi-explainer.txt");
        List<Finding> found = method(linter.lint(LintRequest.text("nssi-explainer.txt", text, InputFormat.TEXT)).findings());
        Finding razors = found.stream().filter(f -> f.text().contains("razors")).findFirst().orElseThrow();
        assertEquals("method-detail/self-harm-tools", razors.rule());
        assertTrue(razors.text().startsWith("Cutting") && razors.text().endsWith("skin"), razors.text());
        assertTrue(razors.message().contains("tool: razors"), razors.message());
        assertTrue(razors.message().contains("“self-harm” in general terms"), razors.message());
        assertTrue(razors.cues().stream().anyMatch(c -> c.startsWith("score: ")), razors.cues().toString());
    }

    @Test
    void idiomsAndMeansSafetyInADraftAboutSelfHarmGiveNoMethodWarning() throws IOException {
        String text = read("/method/idioms-in-self-harm-draft.md");
        List<Finding> found = method(linter.lint(LintRequest.text("idioms.md", text, InputFormat.MARKDOWN)).findings());
        assertEquals(List.of(), found.stream().filter(f -> f.severity() != Severity.INFO)
                .map(f -> f.rule() + " on “" + f.text() + "”").toList());
    }

    @Test
    void populationStatisticsGiveNoMethodWarningAndNothingInTheClinicalProfile() throws Exception {
        String text = "In our sample of young people who self-harm, 64% reported cutting on the arms.";
        List<Finding> blog = method(linter.lint(LintRequest.text("stats.md", text, InputFormat.MARKDOWN)).findings());
        assertTrue(blog.stream().allMatch(f -> f.severity() == Severity.INFO), blog.toString());
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
            assertEquals("method-detail/specific", found.get(0).rule(), text);
            assertTrue(found.get(0).severity() != Severity.INFO, text);
        }
    }

    @Test
    void anExactClaimOfEaseIsReportedWhateverTheModelSays() {
        String text = "He took his own life in March. The pathologist said the method was quick and painless.";
        List<Finding> found = method(linter.lint(LintRequest.text("draft.md", text, InputFormat.MARKDOWN)).findings());
        assertEquals(List.of("method-detail/ease"), found.stream().map(Finding::rule).toList());
        assertEquals("quick and painless", found.get(0).text());
        assertEquals(Severity.ERROR, found.get(0).severity());
    }

    /** A ranger's log that never names suicide; the sentence given goes after its account of how he died. */
    private static final String REPORT = """
            # Ranger log, 14 March

            Rangers found the driver dead in the front seat. A length of garden hose ran from the exhaust pipe in \
            through the rear window, and the gaps had been sealed with duct tape.

            %s

            Police attended at 08:15 and the road was closed until noon.
            """;
    /** The same log with nothing but the sentence given to tell of. */
    private static final String ALONE = """
            # Ranger log, 14 March

            A visitor handed in a wallet found near the Eagle Rock lay-by.

            %s

            Police attended at 08:15 and the road was closed until noon.
            """;

    @Test
    void aReportThatNeverNamesSuicideIsReadWholeOnceTwoOfItsSentencesAreAllButSure() {
        String tablets = "Two empty boxes of sleeping tablets lay on the passenger seat.";
        String report = REPORT.formatted("He had bought the hose at a garden centre in town the afternoon before. "
                + tablets);
        assertTrue(methodIn(report).stream().anyMatch(f -> tablets.contains(f.text())),
                "the tablets are reported in a report of how he died");
        assertEquals(List.of(), methodIn(ALONE.formatted(tablets)),
                "one such sentence in a draft about nothing of the kind is not enough");
    }

    @Test
    void outsideTheTopicAClaimOfEaseCountsOnlyInADraftThatTellsOfAMethod() {
        String ease = "His brother told us he had read online that it would be like falling asleep.";
        List<Finding> inReport = methodIn(REPORT.formatted(
                "Two empty boxes of sleeping tablets lay on the passenger seat. " + ease));
        assertTrue(inReport.stream().anyMatch(f -> f.rule().equals("method-detail/ease") && ease.contains(f.text())),
                inReport.toString());
        assertEquals(List.of(), methodIn(ALONE.formatted(ease)),
                "a claim of ease names no object: alone in a draft about nothing of the kind, it is not reported");
    }

    /** A park log under a headline: the headline and the rope are all but sure, the claim of ease names no object. */
    private static final String HEADLINED = """
            Man Found Hanged From Tree In Country Park

            A length of blue nylon rope had been tied to a low branch of an oak beside the car park. %s\
            His brother told us he had read online that it would be like falling asleep.

            Police attended at 08:15 and the road was closed until noon.
            """;

    @Test
    void aHeadlineIsNotASecondSentenceThatTellsOfAMethod() {
        String ease = "His brother told us he had read online that it would be like falling asleep.";
        MethodReader reader = Readers.methodReader(true);
        assertFalse(easeIn(reader, HEADLINED.formatted(""), ease),
                "the headline repeats what the rope tells: one sentence outside the topic is not enough");
        assertTrue(easeIn(reader, HEADLINED.formatted("Two empty boxes of sleeping tablets lay in the grass below him. "),
                ease), "two sentences of the text tell of a method: the claim of ease counts");
    }

    private static final String DIGEST = """
            # Weekly incident digest

            ## Coastal path

            %s

            ## Town centre

            Officers were called to the multi-storey car park on Mill Lane at 02:10, where a man had died by suicide
            after jumping from the top deck.

            His family said he had struggled with suicidal thoughts since his divorce and asked for privacy.

            Anyone affected can call Samaritans free on 116 123.
            """;

    @Test
    void anAccidentToldBesideASuicideIsNoMethodOfOne() {
        String fall = "A 64-year-old man died in a 30-metre fall from the cliffs at Gull Point on Sunday while walking"
                + " his dog with a friend.";
        String digest = DIGEST.formatted(fall);
        int at = digest.indexOf(fall);
        MethodReader unlimited = Readers.methodReader(true, c -> c.replaceFirst("(?m)^  atMost: .*$", "  atMost: 1"));
        assertTrue(unlimited.read(Readers.context("digest.md", digest)).stream()
                .anyMatch(d -> inside(d, at, fall) && d.score() >= 0.6), "without the limit the fall is reported");
        List<Finding> found = methodIn(digest);
        assertTrue(found.stream().noneMatch(f -> f.severity() != Severity.INFO && fall.contains(f.text())),
                "a fall while walking is at most info: " + found);
        assertTrue(found.stream().anyMatch(f -> fall.contains(f.text()) && f.message().contains("accident: while walking")),
                "the info finding names the words of the accident: " + found);
        assertTrue(found.stream().anyMatch(f -> f.severity() == Severity.ERROR && f.text().contains("car park")),
                "the suicide beside it is still reported: " + found);
    }

    private static boolean easeIn(MethodReader reader, String markdown, String ease) {
        int at = markdown.indexOf(ease);
        return reader.read(Readers.context("report.md", markdown)).stream()
                .anyMatch(d -> d.kind().equals("ease") && inside(d, at, ease));
    }

    /** Whether a scored sentence's span lies within {@code sentence}, which starts at {@code at} in the draft. */
    private static boolean inside(MethodDetail d, int at, String sentence) {
        return at <= d.range().start() && d.range().end() <= at + sentence.length();
    }

    private static List<Finding> methodIn(String markdown) {
        return method(linter.lint(LintRequest.text("report.md", markdown, InputFormat.MARKDOWN)).findings());
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
