package dev.papageno.core.report;

import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The output formats on the classpath, by id. */
public final class Reporters {

    private Reporters() {
    }

    public static Map<String, Reporter> all() {
        Map<String, Reporter> out = new TreeMap<>();
        for (Reporter r : ServiceLoader.load(Reporter.class, Reporters.class.getClassLoader())) {
            out.putIfAbsent(r.id(), r);
        }
        return out;
    }

    public static Optional<Reporter> byId(String id) {
        return Optional.ofNullable(all().get(id));
    }
}
