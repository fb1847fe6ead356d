package dev.papageno.core;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.papageno.core.api.ConfigException;
import dev.papageno.core.config.Config;
import dev.papageno.core.config.ConfigLoader;
import java.nio.file.Path;

/** Fuzzes the config loader: any text either loads or gives a one-line {@link ConfigException}. */
class ConfigFileFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void parse(String yaml) {
        if (yaml == null) {
            return;
        }
        try {
            Config c = ConfigLoader.parse(yaml, ".papageno.yml", Path.of("."));
            TestRules.builder().config(c).build().close();
        } catch (ConfigException e) {
            if (e.getMessage().contains("\n")) {
                throw new AssertionError("error message is not one line: " + e.getMessage());
            }
        } catch (IllegalArgumentException e) {
            // a wrong profile, region or rule given to the builder: a usage error, reported by the front end
        }
    }
}
