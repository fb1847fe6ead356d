package dev.papageno.core;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.api.Finding;
import dev.papageno.core.rule.RuleSet;
import dev.papageno.core.rule.load.RuleSetLoader;
import dev.papageno.core.source.InputFormat;
import java.util.List;

/** The small rule set under {@code src/test/resources/papageno-test}, and linting helpers. */
public final class TestRules {

    private TestRules() {
    }

    public static RuleSet rules() {
        try {
            return RuleSetLoader.load(TestRules.class.getClassLoader(), "papageno-test", List.of());
        } catch (ConfigException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static Linter.Builder builder() {
        return Linter.builder().ruleSet(rules()).threads(1);
    }

    public static List<Finding> lint(String text, InputFormat format) {
        try (Linter l = builder().build()) {
            return l.lint(LintRequest.text("t", text, format)).findings();
        } catch (ConfigException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static List<Finding> md(String text) {
        return lint(text, InputFormat.MARKDOWN);
    }
}
