package dev.papageno.rules;

import static org.junit.jupiter.api.Assertions.fail;

import dev.papageno.core.rule.Example;
import dev.papageno.core.examples.ExampleRunner;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleSet;
import dev.papageno.core.rule.load.RuleSetLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every example of every built-in rule, as one test each, checked against the whole rule set. */
class RuleExamplesTest {

    private static ExampleRunner runner;

    @AfterAll
    static void close() {
        if (runner != null) {
            runner.close();
        }
    }

    @TestFactory
    Stream<DynamicNode> examples() throws Exception {
        RuleSet rules = RuleSetLoader.builtIn();
        runner = new ExampleRunner(rules);
        List<DynamicNode> nodes = new ArrayList<>();
        for (Rule rule : rules.rules()) {
            List<DynamicTest> tests = new ArrayList<>();
            int bad = 0;
            int ok = 0;
            for (Example e : rule.spec().examples()) {
                String name = rule.spec().id() + " " + (e.bad() ? "bad#" + ++bad : "ok#" + ++ok) + " (line " + e.line()
                        + "): " + e.text().replace("\n", "⏎");
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    Optional<String> problem = runner.check(rule, e);
                    if (problem.isPresent()) {
                        fail(rule.spec().origin() + ":" + e.line() + ": " + problem.get());
                    }
                }));
            }
            nodes.add(DynamicContainer.dynamicContainer(rule.spec().id(), tests));
        }
        return nodes.stream();
    }
}
