package dev.papageno.rules.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.document.Block;
import dev.papageno.core.document.Document;
import dev.papageno.core.document.DocumentParser;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.rule.LintSettings;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleMatch;
import dev.papageno.core.rule.RuleSet;
import dev.papageno.core.rule.load.RuleSetLoader;
import dev.papageno.core.source.InputFormat;
import dev.papageno.core.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The method model reads the cues of sentences the keyword pass picked out and tags no parts of
 * speech: a draft is never tagged for method detail, whether or not it holds a candidate sentence.
 */
class MethodGatingTest {

    private static RuleSet rules;

    @BeforeAll
    static void load() throws Exception {
        rules = RuleSetLoader.builtIn();
    }

    @Test
    void aDraftWithoutCandidateSentencesIsNeverTagged() {
        String draft = """
                # What recovery from self-harm looked like for me

                For a long time I used self-harm to cope with feelings I had no words for. My suicidal thoughts
                came and went for years.

                I had to cut back on caffeine, and I started to hang out with friends again. On bad evenings I
                kill time with a jigsaw, and I try not to jump to conclusions when a friend doesn't reply.

                My therapist taught me to notice the urge and name the feeling under it. If you self-harm, you
                deserve support: talk to your GP or call a helpline.
                """;
        Tagging t = run(draft);
        assertEquals(List.of(), t.matches());
        assertEquals(0, t.taggedSentences(), "sentences tagged in a draft with no candidate sentence");
    }

    @Test
    void aSentenceWhoseKeywordsMatchOutsideAnyContextIsNotTaggedEither() {
        Tagging t = run("Burning garden waste: light it with matches or a lighter and never leave it unattended.");
        assertEquals(List.of(), t.matches());
        assertEquals(0, t.taggedSentences());
    }

    @Test
    void aCandidateSentenceInContextIsFoundWithoutTagging() {
        Tagging t = run("""
                I self-harmed for years. I burned myself with matches on my arms.

                Things are better now.
                """);
        assertEquals(1, t.matches().size(), t.matches().toString());
        assertEquals(0, t.taggedSentences(), "sentences tagged for method detail");
    }

    private record Tagging(List<String> matches, int taggedSentences) {
    }

    private static Tagging run(String markdown) {
        Document doc = DocumentParser.forFormat(InputFormat.MARKDOWN).parse(SourceText.of("draft.md", markdown));
        DocumentContext ctx = new DocumentContext(doc, rules, new LintSettings(Optional.empty(), "blog", Map.of()));
        List<RuleMatch> found = new ArrayList<>();
        for (Rule r : rules.rules()) {
            if (r.spec().category().equals("method-detail")) {
                r.check(ctx, found::add);
            }
        }
        int tagged = 0;
        for (Block b : doc.blocks()) {
            tagged += ctx.view(b).analysedSentences();
        }
        List<String> matches = found.stream()
                .map(m -> m.rule().spec().id() + " " + m.block().text().substring(m.from(), m.to())).toList();
        return new Tagging(matches, tagged);
    }
}
