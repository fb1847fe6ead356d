package dev.papageno.core.resources;

import dev.papageno.core.document.Block;
import dev.papageno.core.document.LinkTarget;
import dev.papageno.core.match.PhraseHit;
import dev.papageno.core.nlp.Sentence;
import dev.papageno.core.nlp.WordTokens;
import dev.papageno.core.rule.BlockView;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.source.TextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds every help line a draft gives: numbers (short codes only next to words such as "call" or
 * "text"), web addresses in the text and in links, and service names. Computed once per document.
 */
public final class ResourceMentions {

    private static final int HELP_WORD_WINDOW = 5;

    private ResourceMentions() {
    }

    /** The mentions in a document, in source order (cached in the context). */
    public static List<ResourceMention> of(DocumentContext ctx, ResourceDirectory dir) {
        return ctx.memo(ResourceMentions.class, () -> find(ctx, dir));
    }

    private static List<ResourceMention> find(DocumentContext ctx, ResourceDirectory dir) {
        List<ResourceMention> out = new ArrayList<>();
        for (Block b : ctx.blocks()) {
            if (b.isReference()) {
                continue;
            }
            BlockView v = ctx.view(b);
            String text = b.text();
            if (!hasDigit(text)) {
                // no number can be here; names and addresses may still be
            } else {
                numbers(v, dir, b, text, out);
            }
            if (text.indexOf('.') >= 0) {
                for (int[] u : v.urlSpans()) {
                    String written = text.substring(u[0], u[1]);
                    dir.address(written).ifPresent(a -> out.add(new ResourceMention(a.resource(),
                            ResourceMention.Kind.URL, b, u[0], u[1], b.toSource(u[0], u[1]), written)));
                }
            }
            for (PhraseHit h : v.hits(dir.names())) {
                String written = text.substring(h.start(), h.end());
                Optional<CrisisResource> r = dir.byName(h.entry().label());
                r.ifPresent(res -> out.add(new ResourceMention(res, ResourceMention.Kind.NAME, b, h.start(), h.end(),
                        b.toSource(h.start(), h.end()), written)));
            }
        }
        return links(ctx, dir, out);
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static void numbers(BlockView v, ResourceDirectory dir, Block b, String text, List<ResourceMention> out) {
            for (PhoneNumbers.Candidate c : PhoneNumbers.find(text)) {
                for (ResourceDirectory.Number n : dir.numbers(c.digits())) {
                    if (n.shortCode() && !helpWordNear(v, dir, c.start(), c.end())) {
                        continue;
                    }
                    out.add(new ResourceMention(n.resource(), n.kind(), b, c.start(), c.end(),
                            b.toSource(c.start(), c.end()), text.substring(c.start(), c.end())));
                }
            }
    }

    private static List<ResourceMention> links(DocumentContext ctx, ResourceDirectory dir, List<ResourceMention> out) {
        String src = ctx.document().source().text();
        for (LinkTarget link : ctx.document().links()) {
            String url = link.url();
            String lower = url.toLowerCase(Locale.ROOT);
            if (lower.startsWith("tel:") || lower.startsWith("sms:")) {
                String digits = PhoneNumbers.digits(url.substring(4));
                for (ResourceDirectory.Number n : dir.numbers(digits)) {
                    out.add(new ResourceMention(n.resource(), lower.startsWith("sms:") ? ResourceMention.Kind.TEXT
                            : n.kind(), null, -1, -1, link.range(), src.substring(link.range().start(),
                            link.range().end())));
                }
            } else {
                dir.address(url).ifPresent(a -> out.add(new ResourceMention(a.resource(), ResourceMention.Kind.URL,
                        null, -1, -1, link.range(), src.substring(link.range().start(), link.range().end()))));
            }
        }
        out.sort(Comparator.comparing(ResourceMention::range).thenComparing(m -> m.resource().service()));
        List<ResourceMention> unique = new ArrayList<>();
        TextRange last = null;
        String lastService = null;
        for (ResourceMention m : out) {
            if (m.range().equals(last) && m.resource().service().equals(lastService)) {
                continue;
            }
            unique.add(m);
            last = m.range();
            lastService = m.resource().service();
        }
        return List.copyOf(unique);
    }

    private static boolean helpWordNear(BlockView v, ResourceDirectory dir, int from, int to) {
        WordTokens words = v.words();
        Sentence s = v.sentenceAt(from);
        int first = words.indexAt(from);
        for (PhraseHit h : v.hits(dir.helpWords())) {
            if (h.start() < s.start() || h.end() > s.end()) {
                continue;
            }
            int distance = h.end() <= from ? first - h.lastToken() : h.firstToken() - words.indexAt(to);
            if (distance >= 0 && distance <= HELP_WORD_WINDOW) {
                return true;
            }
        }
        return false;
    }
}
