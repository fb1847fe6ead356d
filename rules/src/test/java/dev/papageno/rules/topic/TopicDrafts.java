package dev.papageno.rules.topic;

import dev.papageno.core.topic.Topic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A set of short drafts labelled as a whole: for each topic, whether the draft is about it and
 * whether it tells of it; whether it opens with a content note and offers a help line.
 */
public final class TopicDrafts {

    /** One labelled draft. */
    public record Draft(String id, String register, String text, Map<Topic, Boolean> about,
            Map<Topic, Boolean> tellsOf, boolean contentNote, boolean helpLine, boolean edLine, String note) {
    }

    private TopicDrafts() {
    }

    /** The drafts of a folder holding {@code labels.json} and one {@code <id>.md} per draft. */
    @SuppressWarnings("unchecked")
    public static List<Draft> load(Path dir) throws IOException {
        String json = Files.readString(dir.resolve("labels.json"), StandardCharsets.UTF_8);
        List<Map<String, Object>> rows = (List<Map<String, Object>>) new Load(LoadSettings.builder()
                .setCodePointLimit(Integer.MAX_VALUE).build()).loadFromString(json);
        List<Draft> out = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            String id = (String) r.get("id");
            out.add(new Draft(id, (String) r.get("register"),
                    Files.readString(dir.resolve(id + ".md"), StandardCharsets.UTF_8),
                    flags((Map<String, Object>) r.get("about")), flags((Map<String, Object>) r.get("tellsOf")),
                    Boolean.TRUE.equals(r.get("contentNote")), Boolean.TRUE.equals(r.get("helpLine")),
                    Boolean.TRUE.equals(r.get("edLine")), String.valueOf(r.getOrDefault("note", ""))));
        }
        return out;
    }

    private static Map<Topic, Boolean> flags(Map<String, Object> m) {
        Map<Topic, Boolean> out = new EnumMap<>(Topic.class);
        for (Topic t : Topic.values()) {
            out.put(t, Boolean.TRUE.equals(m.get(t.id())));
        }
        return out;
    }
}
