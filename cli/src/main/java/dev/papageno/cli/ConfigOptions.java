package dev.papageno.cli;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.Linter;
import dev.papageno.core.config.Config;
import dev.papageno.core.config.ConfigLoader;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options every command that loads rules shares: which config, profile and region. */
final class ConfigOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Config file. Default: .papageno.yml in the working folder or the nearest folder above.")
    Path config;

    @Option(names = "--no-config", description = "Read no .papageno.yml at all.")
    boolean noConfig;

    @Option(names = "--profile", paramLabel = "NAME", completionCandidates = RuleNames.Profiles.class, description = "Kind of writing: blog (default), news or clinical.")
    String profile;

    @Option(names = "--region", paramLabel = "CODE", completionCandidates = RuleNames.Regions.class,
            description = "Readers' region for crisis resources: us, ca, uk, ie, au, nz or intl.")
    String region;

    /** The config read by the last {@link #builder()}. */
    Config loaded = Config.EMPTY;

    /** A builder with the config file and these options applied. */
    Linter.Builder builder() throws ConfigException {
        Linter.Builder b = Linter.builder();
        Config cfg = noConfig ? Config.EMPTY : config != null ? ConfigLoader.load(config)
                : ConfigLoader.discover(Path.of(""));
        loaded = cfg;
        b.config(cfg);
        if (profile != null) {
            b.profile(profile);
        }
        if (region != null) {
            b.region(region);
        }
        return b;
    }

    /** Which config the run uses, for {@code --verbose}. */
    String describe() {
        if (noConfig) {
            return "config: none (--no-config)";
        }
        if (loaded.file().isPresent()) {
            return "config: " + loaded.file().get();
        }
        Path here = Path.of("").toAbsolutePath();
        return "config: none (no .papageno.yml from " + here + " up to " + ConfigLoader.searchTop(here) + ")";
    }

    /**
     * Builds the linter; a wrong option value is a usage error (exit 2 with a hint), a broken config
     * or rule file a {@link ConfigException}.
     */
    static Linter build(Linter.Builder b, CommandLine cmd) throws ConfigException {
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cmd, e.getMessage());
        }
    }
}
