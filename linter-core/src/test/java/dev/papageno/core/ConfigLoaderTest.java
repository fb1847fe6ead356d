package dev.papageno.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.api.RuleSetting;
import dev.papageno.core.api.Severity;
import dev.papageno.core.config.Config;
import dev.papageno.core.config.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @Test
    void readsEveryKey() throws Exception {
        Config c = ConfigLoader.parse("""
                profile: strict
                region: US
                failOn: error
                maxFindings: 3
                rules:
                  test/committed: info
                  test: off
                allow: [a phrase]
                ruleFolders: [more]
                include: ["**/*.md"]
                exclude: ["old/**"]
                encoding: ISO-8859-1
                """, ".papageno.yml", Path.of("/base"));
        assertEquals(Optional.of("strict"), c.profile());
        assertEquals(Optional.of("us"), c.region());
        assertEquals(Optional.of(Severity.ERROR), c.failOn());
        assertEquals(Optional.of(3), c.maxFindings());
        assertEquals(RuleSetting.INFO, c.rules().get("test/committed"));
        assertEquals(RuleSetting.OFF, c.rules().get("test"));
        assertEquals(Path.of("/base/more"), c.ruleFolders().get(0));
    }

    @Test
    void unknownKeyIsAnErrorWithItsPlace() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("profile: blog\nfail_on: error\n", ".papageno.yml", Path.of(".")));
        assertEquals(".papageno.yml:2:1: unknown key \"fail_on\" (did you mean failOn?); allowed keys: allow, encoding,"
                + " exclude, failOn, include, maxFindings, profile, region, ruleFolders, rules", e.getMessage());
    }

    @Test
    void aKeyInOtherCapitalsOrATypoGetsADidYouMean() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("failon: error\n", ".papageno.yml", Path.of(".")));
        assertTrue(e.getMessage().startsWith(".papageno.yml:1:1: unknown key \"failon\" (did you mean failOn?);"),
                e.getMessage());
        e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("regoin: uk\n", ".papageno.yml", Path.of(".")));
        assertTrue(e.getMessage().contains("unknown key \"regoin\" (did you mean region?)"), e.getMessage());
        e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("colour: red\n", ".papageno.yml", Path.of(".")));
        assertTrue(e.getMessage().contains("unknown key \"colour\"; allowed keys:"), e.getMessage());
    }

    @Test
    void badValueNamesTheAllowedOnes() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("failOn: critical\n", ".papageno.yml", Path.of(".")));
        assertEquals(".papageno.yml:1:9: failOn: \"critical\" is not allowed; use one of: error, info, none, warning",
                e.getMessage());
    }

    @Test
    void malformedYamlIsOneLine() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("rules:\n  - [unclosed\n", ".papageno.yml", Path.of(".")));
        assertTrue(e.getMessage().startsWith(".papageno.yml:"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void malformedTagIsInvalidYaml() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("profile: !%20 blog\n", ".papageno.yml", Path.of(".")));
        assertEquals(".papageno.yml: invalid YAML: Tag must not contain leading or trailing spaces.", e.getMessage());
    }

    @Test
    void valuesWithLineBreaksOrGreatLengthStayOnOneLine() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("\"first line\\nsecond line\"\n", ".papageno.yml", Path.of(".")));
        assertEquals(".papageno.yml:1:1: expected a map of keys and values, found \"first line\\nsecond line\"",
                e.getMessage());
        ConfigException longValue = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("failOn: " + "x".repeat(500) + "\n", ".papageno.yml", Path.of(".")));
        assertTrue(longValue.getMessage().length() < 200, longValue.getMessage());
        assertTrue(longValue.getMessage().contains("…\""), longValue.getMessage());
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        String bomb = """
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                """;
        long t0 = System.nanoTime();
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(bomb, "bomb.yml",
                Path.of(".")));
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 2000);
        assertTrue(e.getMessage().startsWith("bomb.yml:"), e.getMessage());
    }

    @Test
    void unknownRuleInConfigIsReportedAtItsKey() throws Exception {
        Config c = ConfigLoader.parse("rules:\n  test/comitted: off\n", ".papageno.yml", Path.of("."));
        ConfigException e = assertThrows(ConfigException.class, () -> TestRules.builder().config(c).build());
        assertEquals(".papageno.yml:2:3: rules.test/comitted: no rule or category of that name; did you mean"
                + " test/committed?", e.getMessage());
    }

    @Test
    void foundFromTheWorkingFolderUpward(@TempDir Path dir) throws Exception {
        Path deep = Files.createDirectories(dir.resolve("a/b/c"));
        Files.writeString(dir.resolve("a/.papageno.yml"), "profile: strict\n");
        assertEquals(dir.resolve("a/.papageno.yml").toAbsolutePath(), ConfigLoader.find(deep).orElseThrow());
        assertEquals(Optional.of("strict"), ConfigLoader.discover(deep).profile());
    }
}
