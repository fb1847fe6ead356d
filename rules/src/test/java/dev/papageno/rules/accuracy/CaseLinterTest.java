package dev.papageno.rules.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleSet;
import dev.papageno.core.rule.load.RuleSetLoader;
import dev.papageno.core.source.SourceText;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The whole path, on a tiny case, with the built-in rules. */
class CaseLinterTest {

    @Test
    void lintsWithTheBuiltInRulesAndScoresTheResult() throws Exception {
        String text = "Content note: suicide. Her brother committed suicide in 2019. The board committed funds to the new"
                + " library. Find a helpline near you at findahelpline.com.";
        AccuracyCase c = CaseLoader.parse("tiny.md", SourceText.of("tiny.md", text), """
                region: zz
                findings:
                  - rule: stigma/committed-suicide
                    text: committed suicide
                traps:
                  - text: committed funds
                """, "tiny.expect.yaml");
        RuleSet rules = RuleSetLoader.builtIn();
        CaseResult result;
        try (CaseLinter linter = new CaseLinter(rules)) {
            result = linter.lint(c);
        }
        assertEquals(List.of("region \"zz\" has no crisis-resource data yet; linted without a region"),
                result.notes());
        AccuracyReport r = Evaluation.evaluate("tiny", List.of(result),
                rules.rules().stream().map(Rule::spec).map(s -> s.id()).collect(Collectors.toSet()));
        AccuracyReport.Counts counts = r.rule("stigma/committed-suicide").orElseThrow();
        assertEquals(new AccuracyReport.Counts(1, 0, 1, 1), counts);
        assertTrue(r.problems().isEmpty(), r.details(""));
    }
}
