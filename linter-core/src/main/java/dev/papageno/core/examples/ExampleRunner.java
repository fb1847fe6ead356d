package dev.papageno.core.examples;

import dev.papageno.core.LintRequest;
import dev.papageno.core.Linter;
import dev.papageno.core.api.ConfigException;
import dev.papageno.core.api.Finding;
import dev.papageno.core.api.Fix;
import dev.papageno.core.rule.Example;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleSet;
import dev.papageno.core.source.InputFormat;
import dev.papageno.core.source.TextRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a rule's examples against the whole rule set: a {@code bad} example must give exactly one
 * finding of its rule, on exactly the marked span, and its fix must give the stated text, which
 * must then be clean of the rule; an {@code ok} example must give no finding from its own rule and
 * none from any other, except what another rule asks to add to the draft as a whole (a content note,
 * help lines): that depends on the whole draft, and an example is only a sentence or two of one.
 * This is the harness behind the rule tests, and it works for anyone's rule folders.
 */
public final class ExampleRunner implements AutoCloseable {

    private final RuleSet rules;
    private final Map<String, Linter> linters = new HashMap<>();

    public ExampleRunner(RuleSet rules) {
        this.rules = rules;
    }

    /** What is wrong with an example, or empty when it behaves as it says. */
    public Optional<String> check(Rule rule, Example example) throws ConfigException {
        Linter linter = linter(example);
        InputFormat format = InputFormat.byId(example.format()).orElse(InputFormat.MARKDOWN);
        String id = rule.spec().id();
        List<Finding> all = linter.lint(LintRequest.text("example", example.text(), format)).findings();
        if (!example.bad()) {
            List<Finding> wrong = all.stream().filter(f -> f.rule().equals(id) || !f.isAddition()).toList();
            if (wrong.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of("expected no finding, got " + describe(wrong, example.text()));
        }
        List<Finding> mine = new ArrayList<>();
        for (Finding f : all) {
            if (f.rule().equals(id)) {
                mine.add(f);
            }
        }
        if (mine.size() != 1) {
            return Optional.of("expected one " + id + " finding on " + quote(example.text(), example.marked().get())
                    + ", got " + (mine.isEmpty() ? "none" : describe(mine, example.text()))
                    + (all.isEmpty() || !mine.isEmpty() ? "" : " (other rules: " + describe(all, example.text()) + ")"));
        }
        Finding f = mine.get(0);
        TextRange want = example.marked().get();
        if (!f.range().equals(want)) {
            return Optional.of("expected the span " + quote(example.text(), want) + " at " + want.start() + ".."
                    + want.end() + ", got " + quote(example.text(), f.range()) + " at " + f.range().start() + ".."
                    + f.range().end());
        }
        if (example.severity().isPresent() && f.severity() != example.severity().get()) {
            return Optional.of("expected a finding at " + example.severity().get().id() + ", got "
                    + f.severity().id() + ": " + f.message());
        }
        if (example.fix().isEmpty()) {
            if (f.fix().isPresent()) {
                return Optional.of("the finding offers a fix (“" + f.fix().get().replacement()
                        + "”); state the fixed text with fix:");
            }
            return Optional.empty();
        }
        if (f.fix().isEmpty()) {
            return Optional.of("expected a fix giving “" + example.fix().get() + "”, but the finding has no fix");
        }
        Fix fix = f.fix().get();
        String fixed = example.text().substring(0, fix.range().start()) + fix.replacement()
                + example.text().substring(fix.range().end());
        if (!fixed.equals(example.fix().get())) {
            return Optional.of("the fix gives “" + fixed + "”, expected “" + example.fix().get() + "”");
        }
        for (Finding after : linter.lint(LintRequest.text("example", fixed, format)).findings()) {
            if (after.rule().equals(id)) {
                return Optional.of("the fixed text still gives " + describe(List.of(after), fixed));
            }
        }
        return Optional.empty();
    }

    private Linter linter(Example e) throws ConfigException {
        String key = e.profile().orElse("") + "|" + e.region().orElse("");
        Linter l = linters.get(key);
        if (l == null) {
            Linter.Builder b = Linter.builder().ruleSet(rules).threads(1);
            e.profile().ifPresent(b::profile);
            e.region().ifPresent(b::region);
            l = b.build();
            linters.put(key, l);
        }
        return l;
    }

    private static String describe(List<Finding> findings, String text) {
        List<String> parts = new ArrayList<>();
        for (Finding f : findings) {
            parts.add(f.rule() + " on " + quote(text, f.range()));
        }
        return String.join(", ", parts);
    }

    private static String quote(String text, TextRange r) {
        if (r.end() > text.length()) {
            return "[" + r.start() + "," + r.end() + ")";
        }
        return r.isEmpty() ? "the place at offset " + r.start() : "“" + text.substring(r.start(), r.end()) + "”";
    }

    @Override
    public void close() {
        linters.values().forEach(Linter::close);
    }
}
