package dev.papageno.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.Linter;
import dev.papageno.core.api.Version;
import dev.papageno.core.config.Config;
import dev.papageno.core.config.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** explain, rules, init, completion, --help and --version. */
class InfoCommandsTest {

    @Test
    void explainPrintsWhatWhyInsteadExamplesAndSources() {
        Cli.Result r = Cli.run("explain", "stigma/committed-suicide");
        assertEquals(0, r.code(), r::toString);
        String out = r.out();
        for (String part : new String[] {"What it flags", "Why", "Write instead", "Examples", "Sources"}) {
            assertTrue(out.contains("\n" + part + "\n"), part + " missing:\n" + out);
        }
        assertTrue(out.contains("crimes and sins"), "the rationale is printed:\n" + out);
        assertTrue(out.contains("flagged:  Her brother [committed suicide] in 2019."), out);
        assertTrue(out.contains("fixed:    Her brother died by suicide in 2019."), out);
        assertTrue(out.contains("fine:     The board committed funds to suicide prevention."), out);
        assertTrue(out.contains("    https://mindframe.org.au/"), "sources come with their URLs:\n" + out);
        assertTrue(out.contains("die by suicide | take their own life"), out);
        assertTrue(out.lines().allMatch(l -> l.length() <= 80 || l.startsWith("    http") || l.contains(": ")
                || l.contains("papageno-disable")), "prose is wrapped at 80 columns:\n" + out);
    }

    @Test
    void explainOfACategoryListsItsRules() {
        Cli.Result r = Cli.run("explain", "stigma");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("stigma/committed-suicide"), r::toString);
    }

    @Test
    void explainShowsProfileSeverities() {
        Cli.Result r = Cli.run("explain", "--profile", "clinical", "trigger-warning/missing");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("info with profile clinical"), r::toString);
        assertTrue(r.out().contains("What to add"), r::toString);
    }

    @Test
    void rulesListsEveryRuleAndFiltersByCategory() {
        Cli.Result all = Cli.run("rules");
        assertEquals(0, all.code(), all::toString);
        for (String id : new String[] {"stigma/committed-suicide", "trigger-warning/missing",
            "crisis-resources/outdated", "method-detail/specific"}) {
            assertTrue(all.out().contains(id), id + " missing:\n" + all.out());
        }
        Cli.Result stigma = Cli.run("rules", "stigma");
        assertEquals(0, stigma.code(), stigma::toString);
        assertTrue(stigma.out().lines().anyMatch(l -> l.matches("stigma/committed-suicide +warning +yes .*")),
                stigma::toString);
        assertFalse(stigma.out().contains("method-detail/"), stigma::toString);
        Cli.Result clinical = Cli.run("rules", "--profile", "clinical", "trigger-warning");
        assertTrue(clinical.out().lines().anyMatch(l -> l.matches("trigger-warning/missing +info .*")),
                clinical::toString);
    }

    @Test
    void initWritesAConfigThatLoads(@TempDir Path dir) throws Exception {
        Cli.Result r = Cli.run("init", "--region", "us", dir.toString());
        assertEquals(0, r.code(), r::toString);
        Path file = dir.resolve(".papageno.yml");
        Config config = ConfigLoader.load(file);
        assertEquals(Optional.of("blog"), config.profile());
        assertEquals(Optional.of("us"), config.region());
        try (Linter linter = Linter.builder().config(config).build()) {
            assertTrue(linter.activeRules().containsKey("stigma/committed-suicide"));
        }
        String text = Files.readString(file);
        assertTrue(text.contains("# rules:") && text.contains("# exclude:"), text);

        Files.writeString(dir.resolve("post.md"), "We planted tomatoes.\n");
        assertEquals(0, Cli.run("check", "--config", file.toString(), dir.toString()).code());

        Cli.Result again = Cli.run("init", dir.toString());
        assertEquals(2, again.code(), again::toString);
        assertTrue(again.err().contains("already exists; use --force"), again::toString);
        assertEquals(0, Cli.run("init", "--force", "--profile", "news", dir.toString()).code());
        assertEquals(Optional.of("news"), ConfigLoader.load(file).profile());
    }

    @Test
    void completionScriptCoversCommandsAndOptions() {
        Cli.Result r = Cli.run("completion");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("complete -F"), "a bash completion script");
        for (String word : new String[] {"check", "explain", "rules", "init", "--fix-dry-run", "--format"}) {
            assertTrue(r.out().contains(word), word + " missing from completion");
        }
        assertTrue(r.out().contains("sarif"), "format names complete too");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "check", "rules", "explain", "init", "completion"})
    void everyCommandHasHelp(String command) {
        Cli.Result r = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("Usage: papageno"), r::toString);
        if (command.isEmpty() || command.equals("check")) {
            assertTrue(r.out().contains("Exit codes:") && r.out().contains("2  wrong usage"), r::toString);
        }
    }

    @Test
    void version() {
        Cli.Result r = Cli.run("--version");
        assertEquals(0, r.code());
        assertEquals("papageno " + Version.get() + "\n", r.out());
        assertEquals("papageno " + Version.get() + "\n", Cli.run("check", "--version").out());
    }
}
