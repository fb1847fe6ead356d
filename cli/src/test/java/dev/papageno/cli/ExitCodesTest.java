package dev.papageno.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exit codes of DESIGN.md: 0, 1 on findings at the threshold or too many, 2 for bad input, highest wins. */
class ExitCodesTest {

    @TempDir
    Path dir;
    private String clean;
    private String warning;

    @BeforeEach
    void drafts() throws Exception {
        clean = Files.writeString(dir.resolve("clean.md"), "We planted tomatoes this weekend.\n").toString();
        warning = Files.writeString(dir.resolve("warning.md"), "Content note: suicide.\n\nMy uncle committed suicide in 2019. Call or text 988 any time.\n").toString();
    }

    @Test
    void cleanIsZeroAndWarningsFailByDefault() {
        assertEquals(0, Cli.run("check", clean).code());
        Cli.Result r = Cli.run("check", warning);
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().contains("stigma/committed-suicide"), r::toString);
    }

    @Test
    void failOnMovesTheThreshold() {
        assertEquals(0, Cli.run("check", "--fail-on", "error", warning).code());
        assertEquals(0, Cli.run("check", "--fail-on", "none", warning).code());
        assertEquals(1, Cli.run("check", "--fail-on", "info", warning).code());
        assertEquals(0, Cli.run("check", "--severity", "stigma/committed-suicide=info", warning).code());
        assertEquals(0, Cli.run("check", "--disable", "stigma", warning).code());
        assertEquals(1, Cli.run("check", "--disable", "stigma", "--enable", "stigma/committed-suicide", warning)
                .code(), "a rule id wins over its category");
    }

    @Test
    void maxFindingsFailsAboveTheCount() {
        assertEquals(0, Cli.run("check", "--fail-on", "none", "--max-findings", "1", warning).code());
        assertEquals(1, Cli.run("check", "--fail-on", "none", "--max-findings", "0", warning).code());
    }

    @Test
    void quietShowsAndCountsOnlyErrors() {
        Cli.Result r = Cli.run("check", "--quiet", warning);
        assertEquals(0, r.code(), r::toString);
        assertFalse(r.out().contains("committed-suicide"), r::toString);
        assertTrue(r.out().contains("No findings in 1 file."), r::toString);
    }

    @Test
    void unreadableInputIsTwoEvenWithFindingsAndTheOthersAreStillChecked() {
        Cli.Result r = Cli.run("check", "--format", "json", warning, dir.resolve("missing.md").toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.out().contains("\"error\": \"no such file or directory\""), r::toString);
        assertTrue(r.out().contains("stigma/committed-suicide"), r::toString);
        assertEquals("papageno: " + dir.resolve("missing.md") + ": no such file or directory\n", r.err());
    }

    @Test
    void brokenConfigStopsTheRunWithOneLine() throws Exception {
        Path config = Files.writeString(dir.resolve("bad.yml"), "profile: blog\nfailOn: sometimes\n");
        Cli.Result r = Cli.run("check", "--config", config.toString(), warning);
        assertEquals(2, r.code(), r::toString);
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r::toString);
        assertTrue(r.err().startsWith("papageno: " + config + ":2:"), r::toString);
    }

    @Test
    void globThatMatchesNothingIsTwo() {
        Cli.Result r = Cli.run("check", dir + "/nothing/**/*.md");
        assertEquals(2, r.code(), r::toString);
    }

    @Test
    void jsonIsTheSameBytesEveryRun() {
        String first = Cli.run("check", "--format", "json", dir.toString()).out();
        String second = Cli.run("check", "--format", "json", dir.toString()).out();
        assertEquals(first, second);
        assertTrue(first.contains("\"findings\": []"), "clean files are listed too: " + first);
    }
}
