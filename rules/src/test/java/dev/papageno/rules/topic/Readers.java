package dev.papageno.rules.topic;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.document.Document;
import dev.papageno.core.document.DocumentParser;
import dev.papageno.core.learn.LinearModel;
import dev.papageno.core.learn.ModelFile;
import dev.papageno.core.method.MethodConfig;
import dev.papageno.core.method.MethodReader;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.rule.LintSettings;
import dev.papageno.core.rule.RuleSet;
import dev.papageno.core.rule.load.RuleSetLoader;
import dev.papageno.core.rule.types.ResourceMentions;
import dev.papageno.core.source.InputFormat;
import dev.papageno.core.source.SourceText;
import dev.papageno.core.topic.TopicConfig;
import dev.papageno.core.topic.TopicReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The built-in rules' topic reader, with or without its narration model, and documents to read. */
public final class Readers {

    private static RuleSet rules;

    private Readers() {
    }

    /** The built-in rules, loaded once. */
    public static synchronized RuleSet rules() {
        if (rules == null) {
            try {
                rules = RuleSetLoader.builtIn();
            } catch (ConfigException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return rules;
    }

    /** A resource of the built-in pack, as text. */
    public static String resource(String path) {
        try (InputStream in = Readers.class.getResourceAsStream("/papageno/" + path)) {
            if (in == null) {
                throw new IllegalStateException("no resource papageno/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The topic reader of {@code topics.yaml}; {@code withModel} false leaves the narration model out. */
    public static TopicReader topicReader(boolean withModel) {
        try {
            String config = resource("topics.yaml");
            Optional<LinearModel> model = Optional.empty();
            if (withModel) {
                String file = TopicConfig.modelFile(config, "topics.yaml");
                model = Optional.of(ModelFile.read(resource(file), file));
            }
            return TopicConfig.read(config, "topics.yaml", rules()::findLexicon, model,
                    doc -> ResourceMentions.of(doc));
        } catch (ConfigException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The method reader of {@code method-cues.yaml}; {@code withModel} false leaves the model out. */
    public static MethodReader methodReader(boolean withModel) {
        return methodReader(withModel, UnaryOperator.identity());
    }

    /** The method reader of {@code method-cues.yaml} as {@code edit} changes its text (a setting tried out). */
    public static MethodReader methodReader(boolean withModel, UnaryOperator<String> edit) {
        try {
            String config = edit.apply(resource("method-cues.yaml"));
            Optional<LinearModel> model = Optional.empty();
            if (withModel) {
                String file = MethodConfig.modelFile(config, "method-cues.yaml");
                model = Optional.of(ModelFile.read(resource(file), file));
            }
            return MethodConfig.read(config, "method-cues.yaml", rules()::findLexicon, topicReader(true), model);
        } catch (ConfigException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A Markdown draft, parsed, with a context for the readers. */
    public static DocumentContext context(String name, String markdown) {
        Document doc = DocumentParser.forFormat(InputFormat.MARKDOWN).parse(SourceText.of(name, markdown));
        return new DocumentContext(doc, rules(), new LintSettings(Optional.empty(), "blog", Map.of()));
    }
}
