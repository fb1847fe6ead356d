package dev.papageno.rules.dev;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.api.FileResult;
import dev.papageno.core.api.Finding;
import dev.papageno.core.Linter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lints the development corpus as {@code papageno check} does with no config: the built-in rules,
 * the default profile, no region.
 */
final class DevCorpusLinter {

    private DevCorpusLinter() {
    }

    /** The findings of each document, by document id. */
    static Map<String, List<Finding>> lint(List<DevCorpus.Doc> docs) throws ConfigException {
        Map<String, List<Finding>> out = new HashMap<>();
        try (Linter linter = Linter.builder().build()) {
            List<Path> paths = docs.stream().map(DevCorpus.Doc::path).toList();
            List<FileResult> results = linter.lint(dev.papageno.core.LintRequest.paths(paths)).files();
            for (int i = 0; i < docs.size(); i++) {
                FileResult r = results.get(i);
                if (r.hasError()) {
                    throw new IllegalStateException(r.path() + ": " + r.error().orElse(""));
                }
                out.put(docs.get(i).id(), r.findings());
            }
        }
        return out;
    }

    /** Lints and scores the corpus in one go. */
    static DevScore score(Path dir) throws Exception {
        List<DevCorpus.Doc> docs = DevCorpus.load(dir);
        return DevScore.of(docs, lint(docs));
    }
}
