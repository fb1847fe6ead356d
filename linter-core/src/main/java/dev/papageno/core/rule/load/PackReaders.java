package dev.papageno.core.rule.load;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.learn.LinearModel;
import dev.papageno.core.learn.ModelFile;
import dev.papageno.core.method.MethodConfig;
import dev.papageno.core.method.MethodReader;
import dev.papageno.core.rule.Lexicon;
import dev.papageno.core.rule.types.ResourceMentions;
import dev.papageno.core.topic.TopicConfig;
import dev.papageno.core.topic.TopicReader;
import java.util.Map;
import java.util.Optional;

/**
 * The readers a rule pack may carry next to its rules: the topic reader ({@code topics.yaml}, with
 * its narration model) and the method reader ({@code method-cues.yaml}, with its method model).
 * Model files are named in the config, relative to the pack's root.
 *
 * @param topics the topic reader, if the pack has {@code topics.yaml}
 * @param method the method reader, if the pack has {@code method-cues.yaml} (it needs the topic reader)
 */
record PackReaders(Optional<TopicReader> topics, Optional<MethodReader> method) {

    static final String TOPICS = "topics.yaml";
    static final String METHOD = "method-cues.yaml";

    /** Reads the readers of the pack at {@code root}. */
    static PackReaders read(ClassLoader loader, String root, Map<String, Lexicon> lexicons) throws ConfigException {
        Optional<ClasspathFiles.Entry> topicFile = ClasspathFiles.read(loader, root + "/" + TOPICS);
        if (topicFile.isEmpty()) {
            return new PackReaders(Optional.empty(), Optional.empty());
        }
        String text = topicFile.get().text();
        LinearModel narration = model(loader, root, TopicConfig.modelFile(text, topicFile.get().name()),
                topicFile.get().name());
        TopicReader topics = TopicConfig.read(text, topicFile.get().name(), n -> Optional.ofNullable(lexicons.get(n)),
                Optional.of(narration), doc -> ResourceMentions.of(doc));
        Optional<ClasspathFiles.Entry> methodFile = ClasspathFiles.read(loader, root + "/" + METHOD);
        if (methodFile.isEmpty()) {
            return new PackReaders(Optional.of(topics), Optional.empty());
        }
        String m = methodFile.get().text();
        LinearModel model = model(loader, root, MethodConfig.modelFile(m, methodFile.get().name()),
                methodFile.get().name());
        MethodReader method = MethodConfig.read(m, methodFile.get().name(), n -> Optional.ofNullable(lexicons.get(n)),
                topics, Optional.of(model));
        return new PackReaders(Optional.of(topics), Optional.of(method));
    }

    private static LinearModel model(ClassLoader loader, String root, String file, String config)
            throws ConfigException {
        ClasspathFiles.Entry e = ClasspathFiles.read(loader, root + "/" + file)
                .orElseThrow(() -> new ConfigException(config, "names the model " + file + ", which is not there"));
        return ModelFile.read(e.text(), e.name());
    }
}
