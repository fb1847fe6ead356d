package dev.papageno.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Colours, wrapping and the progress bar follow the terminal; text from drafts never drives it. */
class TerminalOutputTest {

    private static final Terminal COLOR_TERMINAL = new Terminal(true, true, false, 60);
    private static final Terminal NO_COLOR_TERMINAL = new Terminal(true, true, true, 60);

    @Test
    void coloursOnlyOnATerminalWithoutNoColor(@TempDir Path dir) throws Exception {
        String post = Files.writeString(dir.resolve("post.md"), "My uncle committed suicide in 2019.\n").toString();
        assertTrue(Cli.run(COLOR_TERMINAL, new byte[0], "check", post).out().contains("\u001b["));
        assertFalse(Cli.run(NO_COLOR_TERMINAL, new byte[0], "check", post).out().contains("\u001b["));
        assertFalse(Cli.run("check", post).out().contains("\u001b["), "not a terminal");
        assertFalse(Cli.run(COLOR_TERMINAL, new byte[0], "check", "--color", "never", post).out().contains("\u001b["));
        assertTrue(Cli.run("check", "--color", "always", post).out().contains("\u001b["));
    }

    @Test
    void longMessagesWrapAtTheTerminalWidth(@TempDir Path dir) throws Exception {
        String post = Files.writeString(dir.resolve("post.md"), "My uncle committed suicide in 2019.\n").toString();
        String out = Cli.run(NO_COLOR_TERMINAL, new byte[0], "check", post).out();
        String message = out.lines().filter(l -> l.contains("instead of")).findFirst().orElseThrow();
        assertTrue(message.length() <= 60, out);
    }

    @Test
    void escapeSequencesInADraftAreNotPrinted(@TempDir Path dir) throws Exception {
        String post = Files.writeString(dir.resolve("post.txt"), "\u001b]0;pwned\u0007 He committed suicide.\n")
                .toString();
        String out = Cli.run("check", post).out();
        assertFalse(out.contains("\u001b") || out.contains("\u0007"), out);
        assertTrue(out.contains("\uFFFD]0;pwned\uFFFD He committed suicide."), out);
    }

    @Test
    void progressBarOnStderrForMoreThanAHandfulOfFiles(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 8; i++) {
            Files.writeString(dir.resolve("post" + i + ".md"), "We planted tomatoes, row " + i + ".\n");
        }
        Cli.Result bar = Cli.run(NO_COLOR_TERMINAL, new byte[0], "check", dir.toString());
        assertEquals(0, bar.code(), bar::toString);
        assertTrue(bar.err().contains("Checking [") && bar.err().contains("8/8"), bar::toString);
        assertTrue(bar.err().endsWith("\r\u001b[K"), "the bar is cleared at the end");
        assertEquals("", Cli.run("check", dir.toString()).err(), "no bar when stderr is not a terminal");
        assertEquals("", Cli.run(NO_COLOR_TERMINAL, new byte[0], "check", dir.resolve("post1.md").toString()).err(),
                "no bar for one file");
    }
}
