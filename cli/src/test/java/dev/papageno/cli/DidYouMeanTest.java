package dev.papageno.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typos a new user makes, each answered with what they most likely meant. */
class DidYouMeanTest {

    @Test
    void explainOfAWordSuggestsTheRuleIdsWithIt() {
        Cli.Result r = Cli.run("explain", "committed");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().startsWith("papageno: unknown rule \"committed\"; did you mean stigma/committed-suicide?"),
                r::toString);
        Cli.Result several = Cli.run("explain", "cutter");
        assertTrue(several.err().contains("did you mean stigma/cutter?"), several::toString);
        Cli.Result typo = Cli.run("explain", "stigma/comitted-suicide");
        assertTrue(typo.err().contains("did you mean stigma/committed-suicide?"), typo::toString);
    }

    @Test
    void aConfigKeyInOtherCapitalsGetsTheRightOne(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve(".papageno.yml"), "profile: blog\nfailon: error\n");
        Path post = Files.writeString(dir.resolve("post.md"), "We planted tomatoes.\n");
        Cli.Result r = Cli.run("check", "--config", config.toString(), post.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains(":2:1: unknown key \"failon\" (did you mean failOn?); allowed keys:"), r::toString);
    }

    @Test
    void anUnknownRuleInAControlCommentIsAWarningAtTheComment(@TempDir Path dir) throws Exception {
        Path post = Files.writeString(dir.resolve("post.md"), "# Notes\n\n<!-- papageno-disable stigma/comitted-suicide -->\n"
                + "The court record says he committed suicide.\n");
        Cli.Result r = Cli.run("check", "--no-config", "--format", "compact", post.toString());
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().contains("post.md:3:1 warning control-comment/unknown-rule “stigma/comitted-suicide” in this"
                + " papageno-disable comment is not a rule or a category, so the comment turns nothing off; did you mean"
                + " stigma/committed-suicide?"), r::toString);
        // The comment turned nothing off: the finding it was meant to silence is still there.
        assertTrue(r.out().contains("post.md:4:26 warning stigma/committed-suicide"), r::toString);
        Cli.Result off = Cli.run("check", "--no-config", "--disable", "control-comment,crisis-resources", "--fail-on", "error",
                post.toString());
        assertEquals(0, off.code(), off::toString);
    }
}
