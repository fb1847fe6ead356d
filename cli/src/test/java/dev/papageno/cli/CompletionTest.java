package dev.papageno.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scripts of {@code papageno completion}, loaded into real shells that are then asked to
 * complete a command line: bash always, zsh and fish where installed (they are Debian packages,
 * which {@code .ci/run} installs; without one its test skips, saying so).
 */
class CompletionTest {

    private static Path script(Path dir, String shell) throws Exception {
        Cli.Result r = Cli.run("completion", shell);
        assertEquals(0, r.code(), r::toString);
        return Files.writeString(dir.resolve("papageno." + shell), r.out());
    }

    private static void assumeShell(String shell) {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin", shell)) || Files.isExecutable(Path.of("/bin", shell)),
                shell + " is not installed (apt-get install " + shell + "); its completion script is not tried");
    }

    private static List<String> run(Path dir, String... command) throws Exception {
        Processes.Run r = Processes.run(dir, Map.of("PATH", "/usr/bin:/bin", "HOME", dir.toString(), "TERM", "dumb"),
                null, 60, List.of(command));
        assertEquals(0, r.code(), r::toString);
        return r.out().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Bash: COMP_WORDS and COMP_CWORD as readline sets them, then the completion function. */
    private static List<String> bash(Path dir, Path script, String line) throws Exception {
        return run(dir, "bash", "-c", "source '" + script + "'; COMP_LINE='" + line + "'; read -ra COMP_WORDS <<< "
                + "\"$COMP_LINE\"; case \"$COMP_LINE\" in *' ') COMP_WORDS+=(''); esac; COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ));"
                + " _complete_papageno; printf '%s\\n' \"${COMPREPLY[@]}\"");
    }

    @Test
    void bashCompletesRuleIdsAfterExplainEnableDisableAndSeverity(@TempDir Path dir) throws Exception {
        Path script = script(dir, "bash");
        assertEquals(List.of("stigma/committed-suicide", "stigma/completed-suicide"),
                bash(dir, script, "papageno explain stigma/co"));
        assertEquals(List.of("stigma/cutter"), bash(dir, script, "papageno check --disable stigma/cu"));
        assertEquals(List.of("method-detail/self-harm-tools"),
                bash(dir, script, "papageno check --enable method-detail/se"));
        assertEquals(List.of("stigma/cutter=error", "stigma/cutter=info", "stigma/cutter=off", "stigma/cutter=warning"),
                bash(dir, script, "papageno check --severity stigma/cut").stream().sorted().toList());
        assertTrue(bash(dir, script, "papageno ").containsAll(List.of("check", "rules", "explain", "serve", "completion", "lsp")));
        assertTrue(bash(dir, script, "papageno check --format ").containsAll(List.of("sarif", "json", "github")));
        assertEquals(List.of("stigma"), bash(dir, script, "papageno rules sti"));
    }

    @Test
    void zshLoadsTheScriptAndCompletesRuleIds(@TempDir Path dir) throws Exception {
        assumeShell("zsh");
        Path script = script(dir, "zsh");
        // bashcompinit runs bash completion functions with ksharrays, as it does here.
        List<String> out = run(dir, "zsh", "-f", "-c", "source '" + script + "'; print -r -- \"${_comps[papageno]}\";"
                + " setopt ksharrays; COMP_LINE='papageno explain stigma/co'; COMP_WORDS=(papageno explain stigma/co);"
                + " COMP_CWORD=2; _complete_papageno; print -rl -- \"${COMPREPLY[@]}\"");
        assertTrue(out.get(0).contains("_complete_papageno"), "registered with compdef: " + out);
        // zsh's compadd keeps the words that start with what was typed.
        assertEquals(List.of("stigma/committed-suicide", "stigma/completed-suicide"),
                out.subList(1, out.size()).stream().filter(w -> w.startsWith("stigma/co")).toList());
    }

    @Test
    void fishCompletesSubcommandsOptionsAndRuleIds(@TempDir Path dir) throws Exception {
        assumeShell("fish");
        Path script = script(dir, "fish");
        String load = "source '" + script + "'; ";
        List<String> explain = run(dir, "fish", "--no-config", "-c", load + "complete -C 'papageno explain stigma/co'");
        assertEquals(List.of("stigma/committed-suicide", "stigma/completed-suicide"),
                explain.stream().map(l -> l.split("\t")[0]).toList());
        List<String> disable = run(dir, "fish", "--no-config", "-c", load
                + "complete -C 'papageno check --disable stigma/cu'");
        assertEquals(List.of("stigma/cutter"), disable.stream().map(l -> l.split("\t")[0]).toList());
        List<String> commands = run(dir, "fish", "--no-config", "-c", load + "complete -C 'papageno '");
        assertTrue(commands.stream().anyMatch(l -> l.startsWith("check\tCheck drafts")), commands::toString);
        List<String> formats = run(dir, "fish", "--no-config", "-c", load + "complete -C 'papageno check --format s'");
        assertEquals(List.of("sarif"), formats.stream().map(l -> l.split("\t")[0]).toList());
        List<String> options = run(dir, "fish", "--no-config", "-c", load + "complete -C 'papageno check --fix'");
        assertTrue(options.stream().anyMatch(l -> l.startsWith("--fix-dry-run")), options::toString);
    }

    @Test
    void anUnknownShellIsAUsageErrorWithAHint() {
        Cli.Result r = Cli.run("completion", "zhs");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().startsWith("papageno: unknown shell \"zhs\"; did you mean zsh?"), r::toString);
    }
}
