package dev.papageno.core.rule.types;

import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleMatch;
import dev.papageno.core.rule.RuleSpec;
import dev.papageno.core.source.LineCol;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A compiled {@code document} rule ({@link DocumentType}): when the draft passes the topic gate, a
 * missing or late content note, placed where the note should go, with the topic's words as evidence.
 */
final class DocumentMatcher implements Rule {

    private static final int TERMS_SHOWN = 4;
    private static final int PASSAGE_CHARS = 70;

    private final RuleSpec spec;
    private final TopicGate gate;
    private final boolean late;
    private final ContentNotes cues;
    private final Map<String, String> topicWords;
    private final String supportPointer;

    DocumentMatcher(RuleSpec spec, TopicGate gate, boolean late, ContentNotes cues, Map<String, String> topicWords,
            String supportPointer) {
        this.spec = spec;
        this.gate = gate;
        this.late = late;
        this.cues = cues;
        this.topicWords = topicWords;
        this.supportPointer = supportPointer;
    }

    @Override
    public RuleSpec spec() {
        return spec;
    }

    @Override
    public List<PhraseSet> phraseSets() {
        List<PhraseSet> out = new ArrayList<>(gate.phraseSets());
        out.addAll(cues.sets());
        return out;
    }

    @Override
    public List<PhraseSet> triggerSets() {
        return gate.topicSets();
    }

    @Override
    public java.util.Optional<String> howItDecides() {
        return gate == null ? java.util.Optional.empty() : java.util.Optional.of(gate.howItDecides());
    }

    @Override
    public void check(DocumentContext doc, Consumer<RuleMatch> out) {
        TopicGate.Result topic = gate.analyse(doc);
        if (!gate.passes(topic)) {
            return;
        }
        Optional<ContentNotes.Note> note = cues.find(doc, topic);
        Map<String, String> args = new LinkedHashMap<>();
        args.put("terms", topic.describeTerms(TERMS_SHOWN));
        args.put("sentences", String.valueOf(topic.sentenceCount()));
        args.put("why", topic.why());
        args.put("topics", topicList(topic));
        List<String> evidence = new ArrayList<>();
        evidence.add("topic: " + topic.describeTerms(Integer.MAX_VALUE));
        evidence.add("sentences: " + topic.sentenceCount());
        if (!late) {
            if (note.isEmpty()) {
                args.put("line", "1");
                args.put("passage", topic.first().map(p -> p.excerpt(PASSAGE_CHARS)).orElse(""));
                out.accept(RuleMatch.atDocument(this, 0, args, evidence, suggestions(doc, topic)));
            }
            return;
        }
        if (note.isEmpty()) {
            return;
        }
        Optional<TopicGate.Passage> before = passageBefore(topic, note.get());
        if (before.isEmpty()) {
            return;
        }
        LineCol at = doc.document().source().lineCol(before.get().range().start());
        args.put("line", String.valueOf(at.line()));
        args.put("passage", before.get().excerpt(PASSAGE_CHARS));
        evidence.add("first passage: line " + at.line());
        out.accept(RuleMatch.atDocument(this, note.get().sourceOffset(), args, evidence, suggestions(doc, topic)));
    }

    /** "suicide and self-harm". */
    private String topicList(TopicGate.Result topic) {
        List<String> names = new ArrayList<>();
        for (String t : topic.topics()) {
            names.add(topicWords.getOrDefault(t, t));
        }
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private List<String> suggestions(DocumentContext doc, TopicGate.Result topic) {
        boolean helpLines = ResourceMentions.of(doc).stream()
                .anyMatch(m -> m.resource().routesToHelp());
        String support = helpLines ? supportPointer : "";
        String topics = topicList(topic);
        List<String> out = new ArrayList<>();
        for (String s : spec.suggestions()) {
            out.add(s.replace("{topics}", topics).replace("{support}", support).replaceAll("\\s+", " ").strip());
        }
        return out;
    }

    /** The first sensitive passage that comes before the note (not the note's own sentences). */
    private static Optional<TopicGate.Passage> passageBefore(TopicGate.Result topic, ContentNotes.Note note) {
        for (TopicGate.Passage p : topic.passages()) {
            int order = Integer.compare(p.block().index(), note.block().index());
            if (order < 0 || (order == 0 && p.sentence().end() <= note.from())) {
                return Optional.of(p);
            }
            if (order > 0) {
                break;
            }
        }
        return Optional.empty();
    }
}
