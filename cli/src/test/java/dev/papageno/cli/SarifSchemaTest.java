package dev.papageno.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SARIF output validates against the official SARIF 2.1.0 schema, read from
 * {@code ../shared/schemas/} beside the repository (skipped only when that file is absent).
 */
class SarifSchemaTest {

    private static final Path SCHEMA = Path.of("..", "..", "shared", "schemas", "sarif-schema-2.1.0.json");

    private static Schema schema() throws Exception {
        assumeTrue(Files.isRegularFile(SCHEMA), "no SARIF schema at " + SCHEMA.toAbsolutePath());
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            return registry.getSchema(in, InputFormat.JSON);
        }
    }

    @Test
    void reportOnDraftsIsValid() throws Exception {
        Schema schema = schema();
        Cli.Result r = Cli.run("check", "--format", "sarif", GoldenFormatsTest.DRAFTS);
        assertEquals(1, r.code(), r::toString);
        List<Error> errors = schema.validate(r.out(), InputFormat.JSON);
        assertEquals(List.of(), errors);
        String broken = r.out().replaceFirst("\"level\": \"warning\"", "\"level\": \"loud\"");
        assertTrue(!schema.validate(broken, InputFormat.JSON).isEmpty(), "the validator must catch a bad level");
        JsonNode run = JsonMapper.builder().build().readTree(r.out()).get("runs").get(0);
        JsonNode results = run.get("results");
        assertEquals(4, results.size(), "one result per finding");
        for (JsonNode rule : run.get("tool").get("driver").get("rules")) {
            assertTrue(rule.get("help").get("text").asString().length() > 40, rule.toString());
            assertTrue(rule.get("helpUri").asString().startsWith("http"), rule.toString());
        }
        JsonNode committed = results.get(1);
        assertEquals("stigma/committed-suicide", committed.get("ruleId").asString());
        JsonNode region = committed.get("locations").get(0).get("physicalLocation").get("region");
        assertEquals(7, region.get("startLine").asInt());
        assertEquals(10, region.get("startColumn").asInt());
        assertEquals(27, region.get("endColumn").asInt());
        assertEquals("died by suicide", committed.get("fixes").get(0).get("artifactChanges").get(0)
                .get("replacements").get(0).get("insertedContent").get("text").asString());
    }

    @Test
    void reportWithUnreadableInputAndOddPathsIsValid(@TempDir Path dir) throws Exception {
        Schema schema = schema();
        Path odd = dir.resolve("notes with spaces & ü.md");
        Files.writeString(odd, "My uncle committed suicide in 2019.\n");
        Cli.Result r = Cli.run("check", "--format", "sarif", odd.toString(), dir.resolve("missing.md").toString());
        assertEquals(2, r.code(), r::toString);
        assertEquals(List.of(), schema.validate(r.out(), InputFormat.JSON));
        JsonNode run = JsonMapper.builder().build().readTree(r.out()).get("runs").get(0);
        assertEquals(false, run.get("invocations").get(0).get("executionSuccessful").asBoolean());
        String uri = run.get("results").get(0).get("locations").get(0).get("physicalLocation")
                .get("artifactLocation").get("uri").asString();
        assertTrue(uri.startsWith("file:///") && uri.endsWith("notes%20with%20spaces%20%26%20%C3%BC.md"), uri);
    }
}
