package dev.papageno.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A fish completion script written from the command's picocli model (picocli writes bash and
 * zsh scripts itself): subcommands with their descriptions, each subcommand's options, the values
 * of options and positional parameters that list their candidates, and file names where an option
 * or parameter takes a path.
 */
final class FishCompletion {

    private FishCompletion() {
    }

    static String script(String name, CommandLine root) {
        StringBuilder sb = new StringBuilder();
        sb.append("# fish completion for ").append(name).append(", written by '").append(name)
                .append(" completion fish'.\n");
        sb.append("# Load it with:  ").append(name).append(" completion fish | source\n");
        sb.append("# or save it as ~/.config/fish/completions/").append(name).append(".fish\n\n");
        sb.append("complete -c ").append(name).append(" -e\n");
        sb.append("complete -c ").append(name).append(" -f\n");
        List<String> subcommands = new ArrayList<>(root.getSubcommands().keySet());
        String none = "__fish_use_subcommand";
        for (OptionSpec o : root.getCommandSpec().options()) {
            option(sb, name, none, o);
        }
        for (Map.Entry<String, CommandLine> e : root.getSubcommands().entrySet()) {
            CommandSpec sub = e.getValue().getCommandSpec();
            sb.append("complete -c ").append(name).append(" -n ").append(none).append(" -a ").append(quote(e.getKey()))
                    .append(" -d ").append(quote(first(sub.usageMessage().description()))).append('\n');
        }
        for (Map.Entry<String, CommandLine> e : root.getSubcommands().entrySet()) {
            String when = quote("__fish_seen_subcommand_from " + e.getKey());
            CommandSpec sub = e.getValue().getCommandSpec();
            if (e.getKey().equals("help")) {
                sb.append("complete -c ").append(name).append(" -n ").append(when).append(" -a ")
                        .append(quote(String.join(" ", subcommands))).append('\n');
                continue;
            }
            for (OptionSpec o : sub.options()) {
                option(sb, name, when, o);
            }
            for (PositionalParamSpec p : sub.positionalParameters()) {
                sb.append("complete -c ").append(name).append(" -n ").append(when);
                values(sb, p);
                sb.append(" -d ").append(quote(p.paramLabel())).append('\n');
            }
        }
        return sb.toString();
    }

    private static void option(StringBuilder sb, String name, String when, OptionSpec o) {
        sb.append("complete -c ").append(name).append(" -n ").append(when);
        for (String n : o.names()) {
            if (n.startsWith("--")) {
                sb.append(" -l ").append(n.substring(2));
            } else if (n.startsWith("-") && n.length() == 2) {
                sb.append(" -s ").append(n.substring(1));
            }
        }
        if (o.arity().max() > 0) {
            values(sb, o);
        }
        sb.append(" -d ").append(quote(first(o.description()))).append('\n');
    }

    /** What follows: candidates ({@code -x -a}), file names ({@code -r -F}) or any word ({@code -x}). */
    private static void values(StringBuilder sb, ArgSpec a) {
        List<String> candidates = new ArrayList<>();
        if (a.completionCandidates() != null) {
            a.completionCandidates().forEach(candidates::add);
        }
        if (!candidates.isEmpty()) {
            sb.append(" -x -a ").append(quote(String.join(" ", candidates)));
        } else if (java.nio.file.Path.class.isAssignableFrom(a.type()) || java.io.File.class.isAssignableFrom(a.type())
                || a.paramLabel().contains("PATH") || a.paramLabel().contains("FILE")
                || a.paramLabel().contains("FOLDER")) {
            sb.append(" -r -F");
        } else {
            sb.append(" -x");
        }
    }

    private static String first(String[] lines) {
        if (lines.length == 0) {
            return "";
        }
        String s = lines[0].replace("%n", " ").replaceAll("\\$\\{[A-Z-]+}", "").replaceAll("\\s+", " ").strip();
        int dot = s.indexOf(". ");
        return dot > 0 ? s.substring(0, dot) : s.replaceAll("\\.$", "");
    }

    /** A fish single-quoted word: backslash and quote escaped. */
    static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
