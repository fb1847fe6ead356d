package dev.papageno.rules.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.papageno.core.rule.load.RuleSetLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/rules.md} in step with the rule files. Regenerate it with the command in
 * {@link RuleReference#REGENERATE}.
 */
class RuleReferenceDocTest {

    private static final Path DOC = Path.of("..", "docs", "rules.md");

    @Test
    void referenceIsCurrent() throws Exception {
        String generated = RuleReference.markdown(RuleSetLoader.builtIn());
        if (Boolean.getBoolean("papageno.updateDocs")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        String checkedIn = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
        assertEquals(generated, checkedIn, "docs/rules.md is stale; regenerate it with " + RuleReference.REGENERATE);
    }
}
