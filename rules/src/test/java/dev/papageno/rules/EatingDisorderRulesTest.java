package dev.papageno.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.Linter;
import dev.papageno.core.api.Finding;
import dev.papageno.core.source.InputFormat;
import dev.papageno.core.LintRequest;
import dev.papageno.core.api.Severity;
import dev.papageno.core.rule.load.RuleSetLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The eating-disorder rules on whole drafts: numbers, behaviours, the closed NEDA Helpline and support lines. */
class EatingDisorderRulesTest {

    private static List<Finding> lint(String text, String region) throws Exception {
        Linter.Builder b = Linter.builder().ruleSet(RuleSetLoader.builtIn()).threads(1);
        if (region != null) {
            b.region(region);
        }
        try (Linter linter = b.build()) {
            return linter.lint(LintRequest.text("draft", text, InputFormat.MARKDOWN)).findings();
        }
    }

    private static List<Finding> of(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void theClosedNedaHelplineIsAnErrorWithNoFix() throws Exception {
        String text = "Content note: eating disorders.\n\nMy anorexia started at fifteen. Anorexia took my twenties."
                + " If you are struggling, call the NEDA Helpline on 1-800-931-2237.";
        List<Finding> closed = of(lint(text, "us"), "crisis-resources/closed").stream()
                .filter(f -> f.text().equals("1-800-931-2237")).toList();
        assertEquals(1, closed.size(), closed.toString());
        Finding f = closed.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.fix().isEmpty(), f.toString());
        assertTrue(f.message().contains("988"), f.message());
    }

    @Test
    void aRecoveryStoryWithNumbersGetsThemButARecipeDoesNot() throws Exception {
        String story = "I had anorexia for six years. At my lowest I weighed 38 kg and my anorexia told me it was"
                + " not enough. Recovery gave me my life back.";
        assertEquals(1, of(lint(story, null), "method-detail/eating-disorder-numbers").size());
        String recipe = "These oat bars have 180 calories per serving. Bake them for twenty minutes and cool.";
        assertEquals(List.of(), lint(recipe, null));
    }

    @Test
    void aStoryThatNamesTheIllnessOnceIsStillAboutItFarFromTheName() throws Exception {
        // The topic reader decides: the name once, then meals, weight and the scales carry the story on.
        String story = "My son was diagnosed with anorexia the spring he turned thirteen.\n\n"
                + "At first we thought he was just growing. He skipped meals and said he had eaten at school.\n\n"
                + "He stood on the scales every night. He was frightened of his dinner.\n\n"
                + "The doctor asked us about his weight, and we had no idea.\n\n"
                + "By the summer he weighed 41 kg, and the ward had a bed for him.";
        List<Finding> numbers = of(lint(story, null), "method-detail/eating-disorder-numbers");
        assertEquals(List.of("weighed 41 kg"), numbers.stream().map(Finding::text).toList());
    }

    @Test
    void framingIsAnErrorWhenPromotedAWarningWhenToldAndInfoWhenReported() throws Exception {
        String text = "Follow for daily thinspo.\n\nAt fourteen I saved thinspo pictures on my phone.\n\n"
                + "Researchers counted thinspo posts on four platforms.";
        List<Severity> severities = of(lint(text, null), "framing/pro-eating-disorder").stream()
                .map(Finding::severity).toList();
        assertEquals(List.of(Severity.ERROR, Severity.WARNING, Severity.INFO), severities);
    }

    @Test
    void anEatingDisorderDraftWithAGeneralCrisisLineHasSupport() throws Exception {
        String text = "Content note: eating disorders.\n\nMy brother has bulimia. Bulimia kept him away from us for"
                + " years. If you are struggling, call or text 988.";
        List<Finding> all = lint(text, "us");
        assertEquals(List.of(), of(all, "crisis-resources/eating-disorder-support"));
        assertEquals(List.of(), of(all, "crisis-resources/missing"));
    }
}
