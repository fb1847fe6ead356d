package dev.papageno.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.LintRequest;
import dev.papageno.core.api.Finding;
import dev.papageno.core.Linter;
import dev.papageno.core.api.Severity;
import dev.papageno.core.rule.RuleSet;
import dev.papageno.core.rule.load.RuleSetLoader;
import dev.papageno.core.source.InputFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The stigma pack on whole passages: what it must find, exactly where, and what it must leave alone. */
class StigmaPackTest {

    private static Linter blog;
    private static Linter news;
    private static Linter clinical;

    @BeforeAll
    static void load() throws Exception {
        RuleSet rules = RuleSetLoader.builtIn();
        blog = Linter.builder().ruleSet(rules).threads(1).build();
        news = Linter.builder().ruleSet(rules).profile("news").threads(1).build();
        clinical = Linter.builder().ruleSet(rules).profile("clinical").threads(1).build();
    }

    @AfterAll
    static void close() {
        blog.close();
        news.close();
        clinical.close();
    }

    private static List<Finding> stigma(Linter linter, String text) {
        return linter.lint(LintRequest.text("draft.md", text, InputFormat.MARKDOWN)).findings().stream()
                .filter(f -> f.category().equals("stigma"))
                .toList();
    }

    private static String describe(List<Finding> findings) {
        return findings.stream().sorted(java.util.Comparator.comparingInt(Finding::offset))
                .map(f -> f.rule() + "@" + f.offset() + " “" + f.text() + "” " + f.severity())
                .collect(Collectors.joining("\n"));
    }

    /** The description of one finding of {@code rule} on the first {@code phrase} in {@code text}. */
    private static String one(String rule, String text, String phrase, String severity) {
        return rule + "@" + text.indexOf(phrase) + " “" + phrase + "” " + severity;
    }

    private static void assertOne(Linter linter, String rule, String text, String phrase, String severity) {
        assertEquals(one(rule, text, phrase, severity), describe(stigma(linter, text)));
    }

    @Test
    void findsEachStigmatisingPhraseOnItsExactSpan() {
        String text = "He committed suicide last spring. She's so OCD about her desk. We need better services for the"
                + " mentally ill. After a failed suicide attempt, he was hospitalized. In school she was a"
                + " cutter.";
        List<Finding> found = stigma(blog, text).stream()
                .sorted(java.util.Comparator.comparingInt(Finding::offset)).toList();
        String expected = String.join("\n",
                "stigma/committed-suicide@" + text.indexOf("committed suicide") + " “committed suicide” WARNING",
                "stigma/diagnosis-trivialised@" + text.indexOf("OCD") + " “OCD” INFO",
                "stigma/the-mentally-ill@" + text.indexOf("the mentally ill") + " “the mentally ill” WARNING",
                "stigma/success-failure@" + text.indexOf("failed suicide attempt") + " “failed suicide attempt”"
                        + " WARNING",
                "stigma/cutter@" + text.indexOf("cutter") + " “cutter” WARNING");
        assertEquals(expected, describe(found));
        assertEquals(List.of("died by suicide", "took their own life", "ended their life"),
                found.get(0).suggestions());
        assertEquals("particular", found.get(1).suggestions().get(0));
        assertEquals("people with mental illness", found.get(2).suggestions().get(0));
        assertEquals("suicide attempt", found.get(3).suggestions().get(0));
        assertEquals("person who self-harms", found.get(4).suggestions().get(0));
        for (Finding f : found) {
            assertTrue(f.fix().isPresent(), f.rule() + " should offer a fix here");
            assertFalse(f.sources().isEmpty(), f.rule() + " should name its sources");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The council cut the budget.",
        "We killed time at the airport.",
        "The app hangs on start-up.",
        "A bipolar junction transistor has three terminals.",
        "Avoid the phrase 'committed suicide'.",
        "She was diagnosed with OCD in 2019.",
        "The paper cutter jammed.",
        "Hang the picture by the window.",
    })
    void trapsGiveNoFinding(String text) {
        // What a draft as a whole lacks (a content note, a help line) is the document rules' business.
        assertEquals("", describe(blog.lint(LintRequest.text("draft.md", text, InputFormat.MARKDOWN)).findings()
                .stream().filter(f -> !f.isAddition()).toList()));
    }

    /** Ordinary English (idioms, clinical writing, electronics, economics) that must stay quiet. */
    @ParameterizedTest
    @ValueSource(strings = {
        "We cut corners to ship the release on time.",
        "That joke absolutely killed at the wedding.",
        "I'm dying to see the new exhibition.",
        "She's crazy about jazz and goes to every gig.",
        "The traffic was insane on the way home.",
        "He went nuts when his team scored in the last minute.",
        "I'm mad at myself for forgetting her birthday.",
        "The hiking trail was a killer, but the view was worth it.",
        "Put the garden project on the back burner until spring.",
        "Patients with bipolar disorder were randomised to lithium or placebo.",
        "She was diagnosed with obsessive-compulsive disorder at fourteen and responded well to CBT.",
        "The psychiatrist reviewed his depressive symptoms at each visit.",
        "Rates of suicide attempts fell after the school programme began.",
        "Participants completed suicide risk screening at intake.",
        "Clozapine is used for treatment-resistant schizophrenia.",
        "He has lived with PTSD since his deployment and now mentors other veterans.",
        "A psychotic episode can be frightening, and early help makes a difference.",
        "Set the LFO to bipolar mode so the filter sweeps both ways.",
        "The stepper motor uses a bipolar driver with two H-bridges.",
        "Use a wire cutter to trim the component leads.",
        "The Coast Guard cutter returned to port after the storm.",
        "Depressed prices hurt dairy farmers across the region.",
        "The Great Depression lasted for most of the 1930s.",
        "The economy suffered from a deep depression after the crash.",
        "A tropical depression formed in the Gulf overnight.",
        "Demand is depressed by high interest rates.",
        "The X-ray showed a depressed skull fracture.",
        "The opioid epidemic has hit rural counties hardest.",
        "The board committed funds to suicide prevention.",
        "Markets went mental after the rate cut, one trader said.",
        "Our senator's failed attempt to pass the bill made headlines.",
        "The shrink wrap kept the pallets dry.",
        "Prices shrink when demand falls.",
        "The software failed to start; on a failed attempt it retries after five seconds.",
        "Epidemiological studies of self-harm help plan services.",
    })
    void ordinaryEnglishStaysQuiet(String text) {
        // What a draft as a whole lacks (a content note, a help line) is the document rules' business.
        assertEquals("", describe(blog.lint(LintRequest.text("draft.md", text, InputFormat.MARKDOWN)).findings()
                .stream().filter(f -> !f.isAddition()).toList()));
    }

    @Test
    void hyphensAndSpacingDoNotMatter() {
        assertOne(blog, "stigma/the-mentally-ill",
                "Housing for the mentally-ill is scarce.",
                "the mentally-ill", "WARNING");
        assertOne(blog, "stigma/self-mutilation",
                "She was treated for self mutilation as a teenager.",
                "self mutilation", "WARNING");
        assertOne(blog, "stigma/committed-suicide",
                "Police: suicide was committed at the house.",
                "suicide was committed", "WARNING");
    }

    @Test
    void tenseAndNumberFollowTheMatch() {
        assertEquals("dies by suicide", fix(blog, "In the last scene he commits suicide."));
        assertEquals("died by suicide", fix(blog, "He committed suicide in 2019."));
        assertEquals("dying by suicide", fix(blog, "Rates of people committing suicide rose."));
        assertEquals("self-harmed", fix(blog, "He self-mutilated for years."));
        assertEquals("harming herself", fix(blog, "She had been mutilating herself."));
        assertEquals("suicide attempts", fix(blog, "She survived two failed suicide attempts."));
        assertEquals("people who self-harm", fix(blog, "Support groups for self-harmers meet weekly."));
    }

    private static String fix(Linter linter, String text) {
        List<Finding> f = stigma(linter, text);
        assertEquals(1, f.size(), describe(f));
        return f.get(0).fix().orElseThrow().replacement();
    }

    @Test
    void firstPersonLabelsDropToInfo() {
        assertOne(blog, "stigma/cutter", "I was a cutter for three years.", "cutter", "INFO");
        assertOne(blog, "stigma/cutter", "They called me a cutter at school.",
                "cutter", "INFO");
        assertOne(blog, "stigma/cutter", "I think she was a cutter in her teens.",
                "cutter", "WARNING");
        assertOne(blog, "stigma/cutter", "My sister was a cutter for three years.", "cutter", "WARNING");
    }

    @Test
    void firstPersonSuffersFromIsLeftAlone() {
        assertEquals("", describe(stigma(blog, "I suffer from depression.")));
        assertOne(blog, "stigma/suffers-from", "Her mother suffers from depression.", "suffers from", "INFO");
    }

    @Test
    void quotationsLowerTheSeverity() {
        assertOne(blog, "stigma/committed-suicide",
                "The coroner said he had \"committed suicide\" that night.",
                "committed suicide", "INFO");
        assertOne(blog, "stigma/the-mentally-ill",
                "> In 1890 the asylum took in all the mentally ill of the county.",
                "the mentally ill", "INFO");
    }

    @Test
    void mentionsAndReferenceListsAreNotFindings() {
        assertEquals("",
                describe(stigma(blog, "We no longer say “committed suicide”; we say “died by suicide”.")));
        assertEquals("", describe(stigma(blog, "Words like “cutter” hurt.")));
        String doc = "# Self-injury\n\nSelf-injury is common.\n\n## References\n\n"
                + "- Favazza, A. R. (1998). The coming of age of self-mutilation.\n"
                + "- Smith, J. (2001). Completed suicide among the mentally ill.\n";
        assertEquals("", describe(stigma(blog, doc)));
    }

    @Test
    void figurativeDiagnosisWordsOnlyInFigurativeUse() {
        assertOne(blog, "stigma/diagnosis-trivialised", "The weather is so bipolar this week.", "bipolar", "INFO");
        assertEquals("", describe(stigma(blog, "He was diagnosed with bipolar disorder in 2010.")));
        assertEquals("", describe(stigma(blog, "Bipolar transistors switch faster than you might think.")));
    }

    @Test
    void failedAttemptNeedsSuicideInTheWindow() {
        assertEquals("", describe(stigma(blog, "After a failed attempt, he tried the exam again.")));
        assertOne(blog, "stigma/success-failure",
                "He tried to take his own life. After the failed attempt, he got help.",
                "failed attempt", "WARNING");
    }

    @Test
    void profilesChangeContestedTerms() {
        String text = "Her uncle completed suicide in 2004.";
        assertEquals(Severity.INFO, stigma(blog, text).get(0).severity());
        assertEquals(Severity.WARNING, stigma(news, text).get(0).severity());
        assertTrue(stigma(clinical, text).isEmpty());
        String mutilation = "She was treated for self-mutilation.";
        assertEquals(Severity.WARNING, stigma(blog, mutilation).get(0).severity());
        assertEquals(Severity.INFO, stigma(clinical, mutilation).get(0).severity());
    }
}
