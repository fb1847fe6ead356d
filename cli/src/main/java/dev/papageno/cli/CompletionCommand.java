package dev.papageno.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code papageno completion [bash|zsh|fish]}: prints a completion script. bash and zsh get the
 * script picocli generates (zsh loads it through bashcompinit), fish one written from the same
 * model; all complete subcommands, options, formats and the rule ids and categories after
 * {@code explain}, {@code --enable}, {@code --disable} and {@code --severity}.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        versionProvider = PapagenoCommand.VersionProvider.class,
        description = {"Print a shell completion script for bash, zsh or fish.",
            "bash:  source <(papageno completion bash)     (or save it in /etc/bash_completion.d/papageno)",
            "zsh:   source <(papageno completion zsh)      (in ~/.zshrc)",
            "fish:  papageno completion fish | source      (or save it in ~/.config/fish/completions/papageno.fish)"})
final class CompletionCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "SHELL", defaultValue = "bash", completionCandidates = Shells.class,
            description = "bash (default), zsh or fish.")
    String shell;

    @Override
    public Integer call() {
        CommandLine root = spec.commandLine().getParent();
        String script = switch (shell) {
            case "bash", "zsh" -> AutoComplete.bash("papageno", root);
            case "fish" -> FishCompletion.script("papageno", root);
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "unknown shell \"" + shell
                    + "\"" + dev.papageno.core.spelling.Spelling.closest(java.util.List.of("bash", "zsh", "fish"), shell, 2)
                            .map(s -> "; did you mean " + s + "?").orElse("; use bash, zsh or fish"));
        };
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }

    /** The shells. */
    static final class Shells implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.List.of("bash", "zsh", "fish").iterator();
        }
    }
}
