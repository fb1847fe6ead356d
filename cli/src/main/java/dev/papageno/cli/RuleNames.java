package dev.papageno.cli;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.Linter;
import dev.papageno.core.rule.Rule;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * The built-in rule ids and categories, for shell completion: the scripts that
 * {@code papageno completion} prints complete them after {@code explain}, {@code --enable},
 * {@code --disable} and {@code --severity}.
 */
final class RuleNames {

    private RuleNames() {
    }

    /** Rule ids and categories, sorted; empty if the built-in rules cannot be read. */
    static List<String> idsAndCategories() {
        TreeSet<String> names = new TreeSet<>();
        try (Linter linter = Linter.builder().build()) {
            for (Rule r : linter.rules().rules()) {
                names.add(r.spec().id());
                names.add(r.spec().category());
            }
        } catch (ConfigException | RuntimeException e) {
            return List.of();
        }
        return List.copyOf(names);
    }

    /** The categories alone. */
    static List<String> categories() {
        return idsAndCategories().stream().filter(n -> !n.contains("/")).toList();
    }

    /** Completion candidates: every rule id and category. */
    static final class Ids implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return idsAndCategories().iterator();
        }
    }

    /** Completion candidates: every category. */
    static final class Categories implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return categories().iterator();
        }
    }

    /** Completion candidates for {@code --severity}: each rule id and category with each level. */
    static final class Levels implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> out = new ArrayList<>();
            for (String id : idsAndCategories()) {
                for (String level : List.of("error", "warning", "info", "off")) {
                    out.add(id + "=" + level);
                }
            }
            return out.iterator();
        }
    }

    /** Completion candidates: the profiles. */
    static final class Profiles implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("blog", "news", "clinical").iterator();
        }
    }

    /** Completion candidates: the regions. */
    static final class Regions implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("us", "ca", "uk", "ie", "au", "nz", "intl").iterator();
        }
    }

    /** Completion candidates: fail thresholds. */
    static final class Thresholds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("error", "warning", "info", "none").iterator();
        }
    }
}
