package dev.papageno.lsp;

import dev.papageno.core.Linter;
import dev.papageno.core.api.ConfigException;
import dev.papageno.core.config.Config;
import dev.papageno.core.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One linter per config, shared by every document under it: the nearest {@code .papageno.yml}
 * above a document (as {@code papageno check} finds it), read with the editor's profile and region
 * on top. A linter is built once and rebuilt when its config or rule files change. A config that
 * does not load is reported once, and its documents keep the last good linter (or the defaults,
 * when it never loaded).
 */
final class Linters implements AutoCloseable {

    /** Told about configs that break and are mended, and settings that cannot be used. */
    interface Listener {
        /**
         * A config or rule file does not load.
         *
         * @param config   the config file whose documents are affected
         * @param error    what is wrong, naming the file, line and column
         * @param fallback what the documents use meanwhile: "the last good settings" or "the defaults"
         */
        void configBroken(Path config, ConfigException error, String fallback);

        /** The config that {@link #configBroken} reported loads again. */
        void configMended(Path config, ConfigException earlier);

        /** A profile or region from the editor's settings that does not exist. */
        void settingRejected(String message);
    }

    /**
     * What a linter is built from.
     *
     * @param config  the config file, if any
     * @param profile the editor's profile, if set
     * @param region  the editor's region, if set
     */
    record Key(Optional<Path> config, Optional<String> profile, Optional<String> region) {
    }

    /** What the files a linter was built from looked like: path, size and modification time of each. */
    private record Stamp(List<String> files) {
    }

    /** A linter replaced or no longer used, closed once nothing can still be using it. */
    private record Retired(Linter linter, long at) {
    }

    private static final class Entry {
        Linter linter;
        Stamp stamp;
        ConfigException error;
    }

    private final Listener listener;
    private final Map<Path, Optional<Path>> configOfFolder = new HashMap<>();
    private final Map<Key, Entry> entries = new HashMap<>();
    private final Set<String> rejected = new HashSet<>();
    private final List<Retired> retired = new ArrayList<>();
    private Settings settings = Settings.DEFAULT;

    Linters(Listener listener) {
        this.listener = listener;
    }

    /** Uses these profile and region settings from now on; returns whether they differ. */
    synchronized boolean settings(Settings s) {
        boolean changed = !s.profile().equals(settings.profile()) || !s.region().equals(settings.region());
        settings = s;
        if (changed) {
            rejected.clear();
        }
        return changed;
    }

    /** The config file that applies to documents in {@code folder}. */
    synchronized Optional<Path> configFor(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        return configOfFolder.computeIfAbsent(dir, ConfigLoader::find);
    }

    /** The linter for documents in {@code folder}, built on first use. */
    synchronized Linter linterFor(Path folder) {
        Key key = new Key(configFor(folder), settings.profile(), settings.region());
        Entry e = entries.get(key);
        if (e == null) {
            e = new Entry();
            entries.put(key, e);
            build(key, e);
        }
        return e.linter;
    }

    /**
     * Looks again at every config and rule file behind the linters, and at which config each
     * folder has; rebuilds the linters whose files changed.
     *
     * @return whether anything changed, so that open documents should be linted again
     */
    synchronized boolean refresh() {
        boolean changed = false;
        for (Map.Entry<Path, Optional<Path>> c : configOfFolder.entrySet()) {
            Optional<Path> now = ConfigLoader.find(c.getKey());
            if (!now.equals(c.getValue())) {
                c.setValue(now);
                changed = true;
            }
        }
        for (Map.Entry<Key, Entry> e : entries.entrySet()) {
            Entry entry = e.getValue();
            if (!stamp(e.getKey()).equals(entry.stamp)) {
                build(e.getKey(), entry);
                changed = true;
            }
        }
        return changed;
    }

    /** Closes the linters that no document uses any more: those not built for these folders. */
    synchronized void keepOnly(Set<Path> folders) {
        Set<Key> used = new HashSet<>();
        for (Path f : folders) {
            used.add(new Key(configFor(f), settings.profile(), settings.region()));
        }
        entries.entrySet().removeIf(e -> {
            if (used.contains(e.getKey())) {
                return false;
            }
            retire(e.getValue().linter);
            return true;
        });
        configOfFolder.keySet().retainAll(folders.stream().map(p -> p.toAbsolutePath().normalize()).toList());
    }

    /**
     * Closes the linters retired at least {@code graceMillis} ago: a job still linting with one when
     * it was replaced, or a code action fixing with its results, has had time to finish, since a
     * closed linter's threads stop.
     */
    synchronized void closeRetired(long graceMillis) {
        long now = System.nanoTime();
        retired.removeIf(r -> {
            if (now - r.at() >= graceMillis * 1_000_000L) {
                r.linter().close();
                return true;
            }
            return false;
        });
    }

    /** Whether some retired linter is still to be closed. */
    synchronized boolean hasRetired() {
        return !retired.isEmpty();
    }

    private void retire(Linter l) {
        if (l != null) {
            retired.add(new Retired(l, System.nanoTime()));
        }
    }

    private void build(Key key, Entry entry) {
        entry.stamp = stamp(key);
        Config config = Config.EMPTY;
        try {
            if (key.config().isPresent()) {
                config = ConfigLoader.load(key.config().get());
            }
            Linter built = withSettings(config, key);
            retire(entry.linter);
            entry.linter = built;
            if (entry.error != null) {
                ConfigException earlier = entry.error;
                entry.error = null;
                listener.configMended(key.config().orElseThrow(), earlier);
            }
        } catch (ConfigException e) {
            boolean same = entry.error != null && entry.error.getMessage().equals(e.getMessage());
            String fallback = entry.linter != null ? "the last good settings" : "the defaults";
            if (entry.linter == null) {
                entry.linter = defaults(key);
            }
            if (!same) {
                entry.error = e;
                listener.configBroken(key.config().orElseThrow(), e, fallback);
            }
        }
    }

    /** The linter of a config with the editor's profile and region; a value that does not exist is dropped. */
    private Linter withSettings(Config config, Key key) throws ConfigException {
        Linter.Builder b = Linter.builder().config(config);
        key.profile().ifPresent(b::profile);
        key.region().ifPresent(b::region);
        key.config().ifPresent(c -> b.workingDir(c.toAbsolutePath().getParent()));
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            if (rejected.add(e.getMessage())) {
                listener.settingRejected(e.getMessage());
            }
            Linter.Builder plain = Linter.builder().config(config);
            key.config().ifPresent(c -> plain.workingDir(c.toAbsolutePath().getParent()));
            return plain.build();
        }
    }

    /** The built-in rules with the editor's settings, for a config that never loaded. */
    private Linter defaults(Key key) {
        try {
            return withSettings(Config.EMPTY, new Key(Optional.empty(), key.profile(), key.region()));
        } catch (ConfigException e) {
            throw new IllegalStateException("the built-in rules do not load: " + e.getMessage(), e);
        }
    }

    /** The config file and every file under the rule folders it names. */
    private static Stamp stamp(Key key) {
        List<String> out = new ArrayList<>();
        if (key.config().isEmpty()) {
            return new Stamp(out);
        }
        Path config = key.config().get();
        out.add(describe(config));
        try {
            out.add(Integer.toHexString(java.util.Arrays.hashCode(Files.readAllBytes(config))));
        } catch (IOException e) {
            out.add("unreadable");
        }
        try {
            Config c = ConfigLoader.load(config);
            for (Path folder : c.ruleFolders()) {
                if (!Files.isDirectory(folder)) {
                    out.add(folder + " absent");
                    continue;
                }
                try (Stream<Path> s = Files.walk(folder, 8)) {
                    s.filter(Files::isRegularFile).sorted().limit(10_000).forEach(p -> out.add(describe(p)));
                }
            }
        } catch (ConfigException | IOException | RuntimeException e) {
            out.add("unreadable");
        }
        return new Stamp(out);
    }

    private static String describe(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return p + " " + a.size() + " " + a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS) + " " + a.fileKey();
        } catch (IOException e) {
            return p + " absent";
        }
    }

    @Override
    public synchronized void close() {
        for (Entry e : entries.values()) {
            if (e.linter != null) {
                e.linter.close();
            }
        }
        entries.clear();
        closeRetired(0);
    }
}
