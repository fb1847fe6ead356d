package dev.papageno.cli;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.Linter;
import dev.papageno.core.spelling.RuleIds;
import dev.papageno.core.api.Severity;
import dev.papageno.core.api.Summary;
import dev.papageno.core.report.Printable;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleSpec;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code papageno rules}: lists the rules, with the severity each has under the profile and config. */
@Command(name = "rules", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = PapagenoCommand.VersionProvider.class,
        description = {"List the rules: id, severity under the current profile and config, whether --fix can fix"
            + " it, and what it flags."},
        footerHeading = "%nExamples:%n",
        footer = {"  papageno rules", "  papageno rules stigma", "  papageno rules --profile clinical method-detail"})
final class RulesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "CATEGORY", completionCandidates = RuleNames.Categories.class,
            description = "Show only these categories (trigger-warning, crisis-resources, method-detail, stigma, ...).")
    List<String> categories = new ArrayList<>();

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Linter linter = ConfigOptions.build(configOptions.builder(), spec.commandLine())) {
            List<RuleSpec> all = linter.rules().rules().stream().map(Rule::spec).toList();
            TreeSet<String> known = new TreeSet<>();
            all.forEach(s -> known.add(s.category()));
            for (String c : categories) {
                if (!known.contains(c)) {
                    String hint = RuleIds.closest(known, c).map(s -> "; did you mean " + s + "?")
                            .orElse("; the categories are: " + String.join(", ", known));
                    throw new CommandLine.ParameterException(spec.commandLine(), "no category \"" + c + "\"" + hint);
                }
            }
            List<RuleSpec> shown = all.stream().filter(s -> categories.isEmpty() || categories.contains(s.category()))
                    .toList();
            Map<String, Severity> active = linter.activeRules();
            int idWidth = shown.stream().mapToInt(s -> s.id().length()).max().orElse(4);
            out.println(pad("RULE", idWidth) + "  SEVERITY  FIX  WHAT IT FLAGS");
            String category = null;
            for (RuleSpec s : shown) {
                if (category != null && !category.equals(s.category())) {
                    out.println();
                }
                category = s.category();
                Severity sev = active.get(s.id());
                String level = sev == null ? "off" : sev.id();
                out.println(Printable.of(pad(s.id(), idWidth) + "  " + pad(level, 8) + "  "
                        + (s.autoFixable() ? "yes" : " - ") + "  " + s.summary().strip()));
            }
            out.println();
            out.println(Summary.plural(shown.size(), "rule") + ", profile "
                    + linter.profile().id() + ". Run 'papageno explain RULE' to read about one.");
            return ExitCode.OK.code();
        } catch (ConfigException e) {
            Say.error(err, e.getMessage());
            return ExitCode.USAGE_OR_INPUT.code();
        }
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
