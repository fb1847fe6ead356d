package dev.papageno.serve;

import dev.papageno.core.Linter;
import dev.papageno.core.api.ConfigException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The linters a server uses, one per profile and region asked for, each built the way the command
 * line builds one (same config, rules and options) and kept for later requests.
 */
public final class Linters implements AutoCloseable {

    /** Builds a linter for a profile and region; empty means the config's or the default. */
    @FunctionalInterface
    public interface Factory {
        /**
         * @throws IllegalArgumentException for an unknown profile or region
         * @throws ConfigException          for a broken config or rule file
         */
        Linter build(Optional<String> profile, Optional<String> region) throws ConfigException;
    }

    private record Key(Optional<String> profile, Optional<String> region) {
    }

    private final Factory factory;
    private final Map<Key, Linter> built = new ConcurrentHashMap<>();

    public Linters(Factory factory) {
        this.factory = factory;
    }

    /** The linter for this choice, built once. */
    public synchronized Linter get(Optional<String> profile, Optional<String> region) throws ConfigException {
        Key key = new Key(profile, region);
        Linter l = built.get(key);
        if (l == null) {
            l = factory.build(profile, region);
            built.put(key, l);
        }
        return l;
    }

    @Override
    public void close() {
        built.values().forEach(Linter::close);
    }
}
