package dev.papageno.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Benchmark inputs of a given size, built from real text: mental-health drafts (the seed post and
 * the project's example drafts) or general prose with few candidate words (licence texts and
 * READMEs under /usr/share). Folders can be overridden with {@code -Dpapageno.bench.drafts=DIR}
 * and {@code -Dpapageno.bench.prose=DIR}.
 */
final class Corpus {

    /**
     * One input.
     *
     * @param name its name, whose extension picks the parser
     * @param text its text
     */
    record Doc(String name, String text) {
    }

    private Corpus() {
    }

    static List<Doc> build(String kind, int megabytes) {
        List<Doc> sources = new ArrayList<>(kind.equals("drafts") ? drafts() : prose());
        if (sources.isEmpty()) {
            throw new IllegalStateException("no " + kind + " text found; set -Dpapageno.bench." + kind + "=DIR");
        }
        // The same mix at every size: 1 MB is a sample of all the sources, not the first few folders.
        Collections.shuffle(sources, new Random(1));
        long target = megabytes * 1_000_000L;
        List<Doc> out = new ArrayList<>();
        long size = 0;
        int i = 0;
        while (size < target) {
            Doc d = sources.get(i % sources.size());
            String text = "Copy " + i + " of " + d.name() + ".\n\n" + d.text();
            out.add(new Doc(i + "-" + d.name(), text));
            size += text.getBytes(StandardCharsets.UTF_8).length;
            i++;
        }
        return out;
    }

    static long bytes(List<Doc> docs) {
        long n = 0;
        for (Doc d : docs) {
            n += d.text().getBytes(StandardCharsets.UTF_8).length;
        }
        return n;
    }

    private static List<Doc> drafts() {
        List<Path> dirs = new ArrayList<>();
        String override = System.getProperty("papageno.bench.drafts");
        if (override != null) {
            dirs.add(Path.of(override));
        } else {
            dirs.add(Path.of("../shared/seed"));
            dirs.add(Path.of("../../shared/seed"));
            dirs.add(Path.of("examples"));
            dirs.add(Path.of("../examples"));
        }
        return read(dirs, 50);
    }

    private static List<Doc> prose() {
        String override = System.getProperty("papageno.bench.prose");
        List<Path> dirs = override != null ? List.of(Path.of(override))
                : List.of(Path.of("/usr/share/common-licenses"), Path.of("/usr/share/doc"));
        return read(dirs, 400);
    }

    private static List<Doc> read(List<Path> dirs, int max) {
        List<Doc> out = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir, 3)) {
                for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                    if (out.size() >= max || !Files.isRegularFile(p) || Files.isSymbolicLink(p)) {
                        continue;
                    }
                    String name = p.getFileName().toString();
                    if (name.endsWith(".gz") || Files.size(p) < 1_000 || Files.size(p) > 200_000) {
                        continue;
                    }
                    try {
                        String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(
                                Files.readAllBytes(p))).toString();
                        if (text.indexOf('\0') < 0) {
                            String n = name.contains(".") ? name : name + ".txt";
                            out.add(new Doc(n, text));
                        }
                    } catch (CharacterCodingException e) {
                        // not UTF-8 text: not a draft
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
