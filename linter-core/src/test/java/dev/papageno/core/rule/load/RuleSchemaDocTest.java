package dev.papageno.core.rule.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/rule-schema.md} in step with the loader: the page is generated from the same
 * key specs the loader checks files against. Regenerate with
 * {@code ./mvnw -pl linter-core test -Dtest=RuleSchemaDocTest -Dpapageno.updateDocs=true}.
 */
class RuleSchemaDocTest {

    private static final Path DOC = Path.of("..", "docs", "rule-schema.md");

    @Test
    void schemaPageIsCurrent() throws Exception {
        String generated = RuleSchema.markdown();
        if (Boolean.getBoolean("papageno.updateDocs")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        String checkedIn = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
        assertEquals(generated, checkedIn, "docs/rule-schema.md is stale; regenerate it with ./mvnw -pl linter-core"
                + " test -Dtest=RuleSchemaDocTest -Dpapageno.updateDocs=true");
    }
}
