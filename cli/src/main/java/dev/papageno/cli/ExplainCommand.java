package dev.papageno.cli;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.Linter;
import dev.papageno.core.spelling.RuleIds;
import dev.papageno.core.api.RuleSetting;
import dev.papageno.core.api.Severity;
import dev.papageno.core.report.Printable;
import dev.papageno.core.rule.Example;
import dev.papageno.core.rule.Profile;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleSpec;
import dev.papageno.core.rule.SourceRef;
import dev.papageno.core.source.TextRange;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code papageno explain RULE}: what a rule flags, why, what to write instead, its examples and
 * the guidelines behind it. A category name lists its rules.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = PapagenoCommand.VersionProvider.class,
        description = {"Explain a rule: what it flags, why, what to write instead, examples and sources."},
        footerHeading = "%nExamples:%n",
        footer = {"  papageno explain stigma/committed-suicide", "  papageno explain method-detail"})
final class ExplainCommand implements Callable<Integer> {

    private static final String BOLD = "\u001b[1m";
    private static final String UNDERLINE = "\u001b[4m";
    private static final String RESET = "\u001b[0m";

    private final Io io;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RULE", completionCandidates = RuleNames.Ids.class, description = "A rule id such as stigma/committed-suicide, or a"
            + " category.")
    String id;

    @Mixin
    ConfigOptions configOptions;

    ExplainCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Linter linter = ConfigOptions.build(configOptions.builder(), spec.commandLine())) {
            Optional<Rule> rule = linter.rules().rule(id);
            if (rule.isEmpty()) {
                List<RuleSpec> inCategory = linter.rules().rules().stream().map(Rule::spec)
                        .filter(s -> s.category().equals(id)).toList();
                if (inCategory.isEmpty()) {
                    List<String> ids = linter.rules().rules().stream().map(r -> r.spec().id()).toList();
                    String hint = hint(ids, id);
                    throw new CommandLine.ParameterException(spec.commandLine(), "unknown rule \"" + id + "\"" + hint);
                }
                out.println("The " + id + " rules:");
                for (RuleSpec s : inCategory) {
                    out.println("  " + Printable.of(s.id() + "  " + s.summary().strip()));
                }
                out.println();
                out.println("Run 'papageno explain RULE' to read about one.");
                return ExitCode.OK.code();
            }
            explain(out, rule.get().spec(), linter);
            return ExitCode.OK.code();
        } catch (ConfigException e) {
            Say.error(err, e.getMessage());
            return ExitCode.USAGE_OR_INPUT.code();
        }
    }

    /**
     * "Did you mean": the rule ids with the word in them ({@code committed} gives
     * {@code stigma/committed-suicide}), else the closest id, else where to look.
     */
    static String hint(List<String> ids, String typed) {
        String word = typed.toLowerCase(java.util.Locale.ROOT).strip();
        List<String> containing = word.length() < 3 ? List.of()
                : ids.stream().filter(i -> i.toLowerCase(java.util.Locale.ROOT).contains(word)).sorted().toList();
        if (containing.size() == 1) {
            return "; did you mean " + containing.get(0) + "?";
        }
        if (!containing.isEmpty() && containing.size() <= 6) {
            return "; did you mean one of: " + String.join(", ", containing) + "?";
        }
        return RuleIds.closest(ids, typed).map(s -> "; did you mean " + s + "?")
                .orElse("; run 'papageno rules' to list them");
    }

    private void explain(PrintWriter out, RuleSpec s, Linter linter) {
        boolean color = io.terminal().stdoutIsTerminal() && !io.terminal().noColor();
        int width = io.terminal().stdoutIsTerminal() && io.terminal().columns() > 0
                ? Math.min(100, io.terminal().columns()) : 80;
        out.println(bold(Printable.of(s.id()), color));
        List<String> facts = new ArrayList<>();
        facts.add(s.severity().id() + " by default");
        Severity now = linter.activeRules().get(s.id());
        String profile = linter.profile().id();
        if (now != s.severity()) {
            facts.add((now == null ? "off" : now.id()) + " with profile " + profile + " and your config");
        }
        for (Profile p : linter.rules().profiles().values().stream().sorted((a, b) -> a.id().compareTo(b.id()))
                .toList()) {
            Optional<RuleSetting> set = p.settingOf(s);
            if (set.isPresent() && !p.id().equals(profile)) {
                facts.add(set.get().id() + " in the " + p.id() + " profile");
            }
        }
        facts.add(s.kind().id() + " rule");
        facts.add(s.autoFixable() ? "fixable with --fix" : "not fixed automatically");
        out.println(String.join(" · ", facts));

        section(out, "What it flags", color);
        paragraph(out, s.summary(), width);
        section(out, "Why", color);
        paragraph(out, s.rationale(), width);
        Optional<String> how = linter.rules().rule(s.id()).flatMap(Rule::howItDecides);
        if (how.isPresent()) {
            section(out, "How it decides", color);
            paragraph(out, how.get(), width);
        }
        if (!s.suggestions().isEmpty()) {
            section(out, s.kind().isDocumentLevel() ? "What to add" : "Write instead", color);
            List<String> plain = s.suggestions().stream().map(dev.papageno.core.rule.SuggestionText::plain).toList();
            paragraph(out, String.join(" | ", plain), width);
            if (s.suggestions().stream().anyMatch(dev.papageno.core.rule.SuggestionText::hasVerbSlot)) {
                paragraph(out, "(verbs take the tense of the words they replace: “committed” gives “died”)", width);
            }
        }
        examples(out, s.examples(), color);
        if (!s.sources().isEmpty()) {
            section(out, "Sources", color);
            for (SourceRef ref : s.sources()) {
                out.println("  " + Printable.of(ref.title()));
                out.println("    " + Printable.of(ref.url()));
            }
        }
        section(out, "Turning it off", color);
        String id = Printable.of(s.id());
        out.println("  for a project, in .papageno.yml:   rules: { " + id + ": off }");
        out.println("  for one run:                        papageno check --disable " + id + " ...");
        out.println("  for one line of a draft:           <!-- papageno-disable-next-line " + id + " -->");
        out.flush();
    }

    private void examples(PrintWriter out, List<Example> examples, boolean color) {
        if (examples.isEmpty()) {
            return;
        }
        section(out, "Examples", color);
        for (Example e : examples) {
            if (e.bad()) {
                labelled(out, "flagged:", marked(Printable.keepingLineFeeds(e.text()), e.marked(), color));
                e.fix().ifPresent(f -> labelled(out, "fixed:", Printable.keepingLineFeeds(f)));
            }
        }
        for (Example e : examples) {
            if (!e.bad()) {
                labelled(out, "fine:", Printable.keepingLineFeeds(e.text()));
            }
        }
    }

    private static void labelled(PrintWriter out, String label, String text) {
        String pad = "  " + label + " ".repeat(Math.max(1, 10 - label.length()));
        String indent = " ".repeat(pad.length());
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            out.println((i == 0 ? pad : indent) + lines.get(i));
        }
    }

    private static String marked(String text, Optional<TextRange> range, boolean color) {
        if (range.isEmpty()) {
            return text;
        }
        TextRange r = range.get();
        if (r.isEmpty()) {
            return text.substring(0, r.start()) + "[+]" + text.substring(r.start());
        }
        String span = text.substring(r.start(), r.end());
        String shown = color ? BOLD + UNDERLINE + span + RESET : "[" + span + "]";
        return text.substring(0, r.start()) + shown + text.substring(r.end());
    }

    private static void section(PrintWriter out, String title, boolean color) {
        out.println();
        out.println(bold(title, color));
    }

    private static String bold(String s, boolean color) {
        return color ? BOLD + s + RESET : s;
    }

    private static void paragraph(PrintWriter out, String text, int width) {
        StringBuilder line = new StringBuilder("  ");
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 2 && line.length() + 1 + word.length() > width) {
                out.println(line);
                line.setLength(0);
                line.append("  ");
            }
            if (line.length() > 2) {
                line.append(' ');
            }
            line.append(Printable.of(word));
        }
        if (line.length() > 2) {
            out.println(line);
        }
    }
}
