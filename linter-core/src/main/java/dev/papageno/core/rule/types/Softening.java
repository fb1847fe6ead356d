package dev.papageno.core.rule.types;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.api.Severity;
import dev.papageno.core.document.InlineSpan;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.nlp.Sentence;
import dev.papageno.core.rule.BlockView;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.rule.RuleMatch;
import dev.papageno.core.rule.Urls;
import dev.papageno.core.rule.schema.KeySpec;
import dev.papageno.core.rule.schema.LoadContext;
import dev.papageno.core.yaml.YNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code soften} key of the phrase and pattern types: where a rule's full severity applies
 * (a sentence that instructs or promotes, a link, a hashtag) and what its matches drop to
 * elsewhere, or to info where the sentence reports on the thing. "Follow for daily thinspo" is an
 * error, "she found thinspo online" a warning, "accounts that post thinspo" info.
 * The configured severity stays the most a finding can have: softening only ever lowers.
 */
final class Softening {

    static final KeySpec TO = KeySpec.choice("to", true, "The severity a match drops to where none of the cues"
            + " below is found.", Severity.WARNING, Severity.INFO);

    static final KeySpec UNLESS = KeySpec.optional("unless", "cue list", "Words anywhere in the match's sentence"
            + " that keep the full severity (\"tips\", \"follow\", \"you should\").", LoadContext.cueKeys());

    static final KeySpec LINKS = KeySpec.optional("links", "true or false", "Whether a link in the match's"
            + " sentence (link text or a bare address) keeps the full severity. Default false.");

    static final KeySpec HASHTAGS = KeySpec.optional("hashtags", "true or false", "Whether a match written as a"
            + " hashtag (\"#thinspo\") keeps the full severity. Default false.");

    static final KeySpec REPORTING = KeySpec.optional("reporting", "cue list", "Words anywhere in the match's"
            + " sentence that show the writer reports on the thing (\"accounts\", \"researchers\", \"websites\"):"
            + " where no cue keeps the full severity, the match drops to info instead of `to`.", LoadContext.cueKeys());

    static final KeySpec KEY = KeySpec.optional("soften", "map", "Where the rule's severity applies in full:"
            + " elsewhere its matches drop to `to`. For rules whose instructions and promotion are errors and whose"
            + " narration is a warning.", TO, UNLESS, LINKS, HASHTAGS, REPORTING);

    /** No softening: every match keeps the rule's severity. */
    static final Softening NONE = new Softening(null, null, false, false, null);

    private final Severity to;
    private final PhraseSet unless;
    private final boolean links;
    private final boolean hashtags;
    private final PhraseSet reporting;

    private Softening(Severity to, PhraseSet unless, boolean links, boolean hashtags, PhraseSet reporting) {
        this.to = to;
        this.unless = unless;
        this.links = links;
        this.hashtags = hashtags;
        this.reporting = reporting;
    }

    /** Reads the rule's {@code soften} key, or {@link #NONE} when there is none. */
    static Softening read(YNode root, LoadContext ctx, String id) throws ConfigException {
        if (!root.has(KEY.key())) {
            return NONE;
        }
        YNode s = root.require(KEY.key()).asMap().allowOnly(KEY.childNames());
        Severity to = TO.read(s, Severity.class);
        PhraseSet unless = s.has(UNLESS.key()) ? ctx.cues(s.require(UNLESS.key()), id + " soften.unless") : null;
        boolean links = LINKS.in(s) && LINKS.of(s).asBoolean();
        boolean hashtags = HASHTAGS.in(s) && HASHTAGS.of(s).asBoolean();
        PhraseSet reporting = s.has(REPORTING.key())
                ? ctx.cues(s.require(REPORTING.key()), id + " soften.reporting") : null;
        return new Softening(to, unless, links, hashtags, reporting);
    }

    /** The phrase set the rule must have hits of to decide, if any. */
    List<PhraseSet> phraseSets() {
        List<PhraseSet> out = new ArrayList<>();
        if (unless != null) {
            out.add(unless);
        }
        if (reporting != null) {
            out.add(reporting);
        }
        return out;
    }

    /** The match as reported: at the rule's severity where a cue keeps it, lowered elsewhere. */
    RuleMatch apply(DocumentContext doc, BlockView v, RuleMatch m) {
        if (to == null) {
            return m;
        }
        Sentence s = v.sentenceAt(m.from());
        if (keepsFullSeverity(doc, v, s, m.from())) {
            return m;
        }
        if (reporting != null && v.hitsWithin(reporting, s.start(), s.end()).stream()
                .anyMatch(h -> h.end() <= m.from() || h.start() >= m.to())) {
            return m.withSeverity(Severity.INFO);
        }
        return m.withSeverity(to);
    }

    /** The cheap tests first: the hashtag, the cue words, link text; a bare address in the source last. */
    private boolean keepsFullSeverity(DocumentContext doc, BlockView v, Sentence s, int from) {
        if (hashtags && from > 0 && v.text().charAt(from - 1) == '#') {
            return true;
        }
        if (unless != null && !v.hitsWithin(unless, s.start(), s.end()).isEmpty()) {
            return true;
        }
        if (!links) {
            return false;
        }
        for (InlineSpan span : v.block().inlines()) {
            if (span.kind() == InlineSpan.Kind.LINK && span.start() < s.end() && span.end() > s.start()) {
                return true;
            }
        }
        // A bare address is markup the block's text leaves out: look for it in the sentence's source.
        String source = doc.document().source().slice(v.block().toSource(s.start(), s.end()));
        return !Urls.of(source).spans().isEmpty();
    }
}
