package dev.papageno.rules.dev;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The report on the development corpus of real writing, per kind of document. Not part of the
 * normal run (its name does not end in {@code Test}); {@code scripts/accuracy dev} selects it. It
 * measures and never fails on low figures; {@link DevCorpusFloorTest} holds the floor.
 */
class DevCorpusRun {

    @Test
    void printReport() throws Exception {
        Path out = Path.of("target", "accuracy", "dev.txt");
        Files.createDirectories(out.getParent());
        Optional<Path> dir = DevCorpus.locate();
        String text = dir.isEmpty()
                ? "The development corpus (../shared/corpus/dev) is not beside the project.\n"
                : DevCorpusLinter.score(dir.get()).report(Boolean.getBoolean("papageno.accuracy.verbose"));
        System.out.print(text);
        Files.writeString(out, text, StandardCharsets.UTF_8);
    }
}
