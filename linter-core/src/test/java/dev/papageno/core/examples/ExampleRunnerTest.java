package dev.papageno.core.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.rule.Example;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleSet;
import dev.papageno.core.rule.load.RuleSetLoader;
import dev.papageno.core.source.TextRange;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The example harness itself: each way an example can be wrong gives its own message, and a right
 * example gives none. The fixture rules are under {@code src/test/resources/harness-test}.
 */
class ExampleRunnerTest {

    private static RuleSet rules;
    private static ExampleRunner runner;

    @BeforeAll
    static void load() throws ConfigException {
        rules = RuleSetLoader.load(ExampleRunnerTest.class.getClassLoader(), "harness-test", List.of());
        runner = new ExampleRunner(rules);
    }

    @AfterAll
    static void close() {
        runner.close();
    }

    private static Rule rule(String id) {
        return rules.rule(id).orElseThrow();
    }

    /** A bad example: the text with {@code [[ ]]} around the span, and the fixed text if any. */
    private static Example bad(String marked, String fix) {
        Example.Marked m = Example.unmark(marked);
        return new Example(true, m.text(), m.range(), Optional.ofNullable(fix), "markdown", Optional.empty(),
                Optional.empty(), 1);
    }

    private static Example ok(String text) {
        return new Example(false, text, Optional.empty(), Optional.empty(), "markdown", Optional.empty(),
                Optional.empty(), 1);
    }

    private static Optional<String> check(String rule, Example e) throws ConfigException {
        return runner.check(rule(rule), e);
    }

    @Test
    void theFixtureRulesOwnExamplesPassButEchosFix() throws ConfigException {
        for (Rule r : rules.rules()) {
            if (r.spec().id().equals("fixture/echo")) {
                // Its fix keeps the words it replaces, so its own bad example must fail.
                assertEquals(Optional.of("the fixed text still gives fixture/echo on “madhouse”"),
                        runner.check(r, r.spec().examples().get(0)));
                continue;
            }
            for (Example e : r.spec().examples()) {
                assertEquals(Optional.empty(), runner.check(r, e), r.spec().id() + " line " + e.line());
            }
        }
    }

    @Test
    void aRightBadExampleWithItsFixPasses() throws ConfigException {
        assertEquals(Optional.empty(), check("fixture/word", bad("A [[loony bin]].", "A psychiatric hospital.")));
    }

    @Test
    void aRightBadExampleOfAnUnfixableRulePasses() throws ConfigException {
        assertEquals(Optional.empty(), check("fixture/label", bad("A [[nutter]].", null)));
    }

    /** Each way a bad example can be wrong: its rule, its marked text and fix, and the exact message. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            wrong span          | fixture/word  | The [[old loony]] bin closed.    | The old psychiatric hospital closed.    | expected the span “old loony” at 4..13, got “loony bin” at 8..17
            document span       | fixture/note  | [[Sam]] spoke of crisis. The crisis was long. |                    | expected the span “Sam” at 0..3, got the place at offset 0 at 0..0
            two findings        | fixture/word  | A [[loony bin]] and a loony bin. | A psychiatric hospital and a loony bin. | expected one fixture/word finding on “loony bin”, got fixture/word on “loony bin”, fixture/word on “loony bin”
            no finding          | fixture/word  | A [[hospital]].                  |                                         | expected one fixture/word finding on “hospital”, got none
            none at the end     | fixture/word  | A [[hospital]]                   |                                         | expected one fixture/word finding on “hospital”, got none
            another rule's      | fixture/word  | A [[nutter]].                    |                                         | expected one fixture/word finding on “nutter”, got none (other rules: fixture/label on “nutter”)
            wrong fix           | fixture/word  | The old [[loony bin]] closed.    | The old hospital closed.                | the fix gives “The old psychiatric hospital closed.”, expected “The old hospital closed.”
            fires after the fix | fixture/echo  | The [[madhouse]] closed.         | The so-called madhouse closed.          | the fixed text still gives fixture/echo on “madhouse”
            unstated fix        | fixture/word  | The [[loony bin]] closed.        |                                         | the finding offers a fix (“psychiatric hospital”); state the fixed text with fix:
            fix not offered     | fixture/label | He is a [[nutter]].              | He is a person.                         | expected a fix giving “He is a person.”, but the finding has no fix
            """)
    void aWrongBadExampleSaysWhatIsWrong(String name, String rule, String marked, String fix, String message)
            throws ConfigException {
        assertEquals(Optional.of(message), check(rule, bad(marked, fix)));
    }

    @Test
    void aFlaggedOkExample() throws ConfigException {
        assertEquals(Optional.of("expected no finding, got fixture/word on “loony bin”, fixture/label on “nutter”"),
                check("fixture/word", ok("The loony bin nutter.")));
    }

    @Test
    void aCleanOkExamplePasses() throws ConfigException {
        assertEquals(Optional.empty(), check("fixture/word", ok("The hospital.")));
    }

    @Test
    void aSpanPastTheEndOfTheTextIsShownAsARange() throws ConfigException {
        Example e = new Example(true, "A loony bin.", Optional.of(new TextRange(2, 40)), Optional.empty(), "markdown",
                Optional.empty(), Optional.empty(), 1);
        assertEquals(Optional.of("expected the span [2,40) at 2..40, got “loony bin” at 2..11"),
                check("fixture/word", e));
    }

    @Test
    void aClosedRunnerStopsItsLinters() throws ConfigException {
        ExampleRunner own = new ExampleRunner(rules);
        Rule word = rule("fixture/word");
        assertEquals(Optional.empty(), own.check(word, ok("The hospital.")));
        own.close();
        assertThrows(java.util.concurrent.RejectedExecutionException.class, () -> own.check(word, ok("A ward.")));
    }

    @Test
    void theExampleFormatIsUsed() throws ConfigException {
        // In HTML the tags are not text, so the span counts from the start of the source.
        Example.Marked m = Example.unmark("<p>A [[loony bin]].</p>");
        Example e = new Example(true, m.text(), m.range(), Optional.of("<p>A psychiatric hospital.</p>"), "html",
                Optional.empty(), Optional.empty(), 1);
        assertEquals(Optional.empty(), check("fixture/word", e));
    }

    @Test
    void theExampleProfileIsUsedAndEachProfileHasItsOwnLinter() throws ConfigException {
        Example strict = new Example(true, "A nutter.", Optional.of(new TextRange(2, 8)), Optional.empty(),
                "markdown", Optional.of("strict"), Optional.empty(), 1);
        assertEquals(Optional.empty(), check("fixture/label", strict));
        Example missing = new Example(true, "A nutter.", Optional.of(new TextRange(2, 8)), Optional.empty(),
                "markdown", Optional.of("none-such"), Optional.empty(), 1);
        assertThrows(IllegalArgumentException.class, () -> check("fixture/label", missing));
        Example nowhere = new Example(true, "A nutter.", Optional.of(new TextRange(2, 8)), Optional.empty(),
                "markdown", Optional.empty(), Optional.of("none-such"), 1);
        assertThrows(IllegalArgumentException.class, () -> check("fixture/label", nowhere), "the region is used");
        assertEquals(Optional.empty(), check("fixture/label", bad("A [[nutter]].", null)));
    }
}
