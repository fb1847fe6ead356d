package dev.papageno.rules.dev;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The development corpus of real writing ({@code ../shared/corpus/dev}): one Markdown file per
 * document and {@code labels.json} beside them, read as its README describes. The corpus lives
 * outside the project; {@link #locate()} finds it when it is there.
 */
public final class DevCorpus {

    /** Where the corpus is, relative to the project's root. */
    static final Path RELATIVE = Path.of("..", "shared", "corpus", "dev");

    /**
     * One labelled document.
     *
     * @param id              the file name without {@code .md}
     * @param kind            method, personal, outdated, current, safe, clinical, ed, casual, control or mixed
     * @param path            the file
     * @param text            the whole file, header lines included (positions count from its start)
     * @param documentLabels  {@code trigger_warning_missing}, {@code crisis_resource_missing} and
     *                        {@code crisis_resource_outdated}: true, false, or absent when not scored
     * @param methodDetail    the method-detail spans, or empty when the document does not score them
     * @param stigma          the stigma spans, or empty when the document does not score them
     * @param mustNotFlag     innocent passages that no warning or error may touch
     */
    public record Doc(String id, String kind, Path path, String text, Map<String, Boolean> documentLabels,
            Optional<List<String>> methodDetail, Optional<List<String>> stigma, List<String> mustNotFlag) {
    }

    private DevCorpus() {
    }

    /** The corpus folder, if the shared folder is beside the project. */
    public static Optional<Path> locate() {
        for (Path root : List.of(Path.of(""), Path.of(".."))) {
            Path dir = root.toAbsolutePath().resolve(RELATIVE).normalize();
            if (Files.isRegularFile(dir.resolve("labels.json"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /** Reads every document and its labels. */
    @SuppressWarnings("unchecked")
    public static List<Doc> load(Path dir) throws IOException {
        String json = Files.readString(dir.resolve("labels.json"), StandardCharsets.UTF_8);
        LoadSettings settings = LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build();
        List<Map<String, Object>> rows = (List<Map<String, Object>>) new Load(settings).loadFromString(json);
        List<Doc> docs = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            String id = (String) row.get("id");
            Path file = dir.resolve(id + ".md");
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Map<String, Object> expect = (Map<String, Object>) row.get("expect");
            Map<String, Boolean> doc = new java.util.LinkedHashMap<>();
            for (String key : DevScore.DOCUMENT_RULES.keySet()) {
                Object v = expect.get(key);
                if (v != null) {
                    doc.put(key, Boolean.TRUE.equals(v));
                }
            }
            Optional<List<String>> method = spans(expect, "method_detail");
            Optional<List<String>> stigma = spans(expect, "stigma");
            List<String> mustNot = new ArrayList<>();
            Object m = row.get("must_not_flag");
            if (m instanceof List<?> list) {
                list.forEach(x -> mustNot.add((String) x));
            }
            docs.add(new Doc(id, (String) row.get("kind"), file, text, Map.copyOf(doc), method, stigma,
                    List.copyOf(mustNot)));
        }
        return docs;
    }

    /** The spans under a key: strings, or objects with a {@code text}; empty when the key is {@code null}. */
    private static Optional<List<String>> spans(Map<String, Object> expect, String key) {
        if (expect.containsKey(key) && expect.get(key) == null) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        Object v = expect.get(key);
        if (v instanceof List<?> list) {
            for (Object x : list) {
                out.add(x instanceof Map<?, ?> map ? (String) map.get("text") : (String) x);
            }
        }
        return Optional.of(List.copyOf(out));
    }
}
