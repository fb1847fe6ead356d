package dev.papageno.core.rule.types;

import dev.papageno.core.document.Block;
import dev.papageno.core.document.LinkTarget;
import dev.papageno.core.match.PhraseHit;
import dev.papageno.core.nlp.Sentence;
import dev.papageno.core.nlp.WordTokens;
import dev.papageno.core.resources.CrisisResource;
import dev.papageno.core.resources.PhoneNumbers;
import dev.papageno.core.resources.ResourceDirectory;
import dev.papageno.core.resources.ResourceMention;
import dev.papageno.core.rule.BlockView;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.source.TextRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds every help line a draft gives: phone numbers and text lines, web addresses and e-mail
 * addresses in the text and in links, and service names. A short code ("988", "116 123") counts
 * only with help words near it ("call or text 988"), after its keyword ("HOME to 741741") or in
 * a sentence that names its service. Computed once per document.
 */
public final class ResourceMentions {

    private static final int HELP_WORD_WINDOW = 5;

    private ResourceMentions() {
    }

    /** The help lines a document gives, with the rule set's directory: one analysis per document. */
    public static final DocumentContext.DocumentAnalysis<List<ResourceMention>> IN_DOCUMENT =
            doc -> find(doc, doc.rules().resources());

    /** The mentions in a document, in source order (computed once per document). */
    public static List<ResourceMention> of(DocumentContext doc) {
        return doc.analysis(IN_DOCUMENT);
    }

    private static List<ResourceMention> find(DocumentContext ctx, ResourceDirectory dir) {
        List<ResourceMention> out = new ArrayList<>();
        for (Block b : ctx.blocks()) {
            if (b.isReference()) {
                continue;
            }
            BlockView v = ctx.view(b);
            List<ResourceMention> names = names(v, dir);
            numbers(v, dir, names, out);
            addresses(v, dir, out);
            out.addAll(names);
        }
        links(ctx, dir, out);
        out.sort(Comparator.comparing(ResourceMention::range).thenComparing(m -> m.resource().status())
                .thenComparing(m -> m.resource().region()).thenComparing(m -> m.resource().service()));
        List<ResourceMention> unique = new ArrayList<>();
        for (ResourceMention m : out) {
            ResourceMention last = unique.isEmpty() ? null : unique.get(unique.size() - 1);
            if (last != null && last.range().equals(m.range()) && last.resource().equals(m.resource())) {
                continue;
            }
            unique.add(m);
        }
        return List.copyOf(unique);
    }

    private static List<ResourceMention> names(BlockView v, ResourceDirectory dir) {
        List<ResourceMention> out = new ArrayList<>();
        Block b = v.block();
        for (PhraseHit h : v.hits(dir.names())) {
            if (v.urls().overlap(h.start(), h.end())) {
                continue;
            }
            int end = h.end();
            String written = b.text().substring(h.start(), end);
            // A name in the possessive ("the Lifeline's number") is the name without its "'s".
            if (written.length() > 2 && (written.endsWith("'s") || written.endsWith("’s"))) {
                end -= 2;
                written = written.substring(0, written.length() - 2);
            }
            for (CrisisResource r : dir.byName(h.entry().label())) {
                out.add(new ResourceMention(r, ResourceMention.Kind.NAME, b, h.start(), end,
                        b.toSource(h.start(), end), written));
            }
        }
        return out;
    }

    private static void numbers(BlockView v, ResourceDirectory dir, List<ResourceMention> names,
            List<ResourceMention> out) {
        Block b = v.block();
        String text = b.text();
        if (!hasDigit(text)) {
            return;
        }
        for (PhoneNumbers.Candidate c : PhoneNumbers.find(text)) {
            if (v.urls().overlap(c.start(), c.end())) {
                continue;
            }
            for (PhoneNumbers.Candidate reading : c.readings()) {
                List<ResourceDirectory.Number> found = dir.numbers(reading.digits());
                if (found.isEmpty()) {
                    continue;
                }
                for (ResourceDirectory.Number n : found) {
                    if (n.shortCode() && !keywordBefore(text, reading.start(), n.keyword())
                            && !helpWordNear(v, dir, reading.start(), reading.end())
                            && !namedInSentence(v, names, n.resource(), reading.start())) {
                        continue;
                    }
                    out.add(new ResourceMention(n.resource(), n.kind(), b, reading.start(), reading.end(),
                            b.toSource(reading.start(), reading.end()), text.substring(reading.start(),
                            reading.end())));
                }
                break;
            }
        }
    }

    /** Whether the text has the three digits the shortest help line needs. */
    private static boolean hasDigit(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && ++digits == 3) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text may hold a web or e-mail address: "://", "@", or a dot between two letters or digits. */
    private static boolean mayHoldAddress(String text) {
        if (text.indexOf("://") >= 0 || text.indexOf('@') >= 0) {
            return true;
        }
        int dot = text.indexOf('.');
        while (dot > 0 && dot + 1 < text.length()) {
            if (Character.isLetterOrDigit(text.charAt(dot + 1)) && Character.isLetterOrDigit(text.charAt(dot - 1))) {
                return true;
            }
            dot = text.indexOf('.', dot + 1);
        }
        return false;
    }

    private static void addresses(BlockView v, ResourceDirectory dir, List<ResourceMention> out) {
        Block b = v.block();
        String text = b.text();
        if (!mayHoldAddress(text)) {
            return;
        }
        for (TextRange u : v.urls().spans()) {
            String written = text.substring(u.start(), u.end());
            boolean email = written.indexOf('@') > 0 && !written.contains("/");
            if (email) {
                for (CrisisResource r : dir.email(written)) {
                    out.add(new ResourceMention(r, ResourceMention.Kind.EMAIL, b, u.start(), u.end(), b.toSource(u.start(), u.end()),
                            written));
                }
                continue;
            }
            for (ResourceDirectory.Address a : dir.addresses(written)) {
                out.add(new ResourceMention(a.resource(), ResourceMention.Kind.URL, b, u.start(), u.end(),
                        b.toSource(u.start(), u.end()), written));
            }
        }
    }

    private static void links(DocumentContext ctx, ResourceDirectory dir, List<ResourceMention> out) {
        List<LinkTarget> links = ctx.document().links();
        if (links.isEmpty()) {
            return;
        }
        String src = ctx.document().source().text();
        BlockStarts starts = BlockStarts.of(ctx.blocks());
        for (LinkTarget link : links) {
            if (starts.inReferenceSection(link.range())) {
                continue;
            }
            String url = link.url();
            String lower = url.toLowerCase(Locale.ROOT);
            TextRange range = link.range();
            String written = src.substring(range.start(), range.end());
            if (lower.startsWith("tel:") || lower.startsWith("sms:")) {
                boolean sms = lower.startsWith("sms:");
                String number = url.substring(4);
                int q = number.indexOf('?');
                String digits = PhoneNumbers.digits(q >= 0 ? number.substring(0, q) : number);
                for (ResourceDirectory.Number n : dir.numbers(digits)) {
                    out.add(new ResourceMention(n.resource(), sms ? ResourceMention.Kind.TEXT : n.kind(), null, -1, -1,
                            range, written));
                }
            } else if (lower.startsWith("mailto:")) {
                for (CrisisResource r : dir.email(url)) {
                    out.add(new ResourceMention(r, ResourceMention.Kind.EMAIL, null, -1, -1, range, written));
                }
            } else {
                for (ResourceDirectory.Address a : dir.addresses(url)) {
                    out.add(new ResourceMention(a.resource(), ResourceMention.Kind.URL, null, -1, -1, range, written));
                }
            }
        }
    }

    /**
     * The blocks with text by where they start, to find the block a link belongs to: the one starting
     * last at or before the link; of blocks starting at the same offset, the last in document order.
     *
     * @param starts    distinct start offsets, ascending
     * @param reference whether the block owning each start is a reference section
     */
    private record BlockStarts(int[] starts, boolean[] reference) {

        static BlockStarts of(List<Block> blocks) {
            List<Block> withText = new ArrayList<>();
            for (Block b : blocks) {
                if (!b.text().isEmpty()) {
                    withText.add(b);
                }
            }
            // A stable sort keeps document order among equal starts, so the last of each run wins.
            withText.sort(Comparator.comparingInt(b -> b.sourceRange().start()));
            int[] starts = new int[withText.size()];
            boolean[] reference = new boolean[withText.size()];
            int n = 0;
            for (Block b : withText) {
                int start = b.sourceRange().start();
                if (n > 0 && starts[n - 1] == start) {
                    n--;
                }
                starts[n] = start;
                reference[n] = b.isReference();
                n++;
            }
            return new BlockStarts(Arrays.copyOf(starts, n), Arrays.copyOf(reference, n));
        }

        /** Whether a link belongs to a reference section: the last block starting before it is one. */
        boolean inReferenceSection(TextRange range) {
            int lo = 0;
            int hi = starts.length - 1;
            int owner = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] <= range.start()) {
                    owner = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return owner >= 0 && reference[owner];
        }
    }

    /** "HOME to 741741": the text line's keyword and "to" right before the number (quotes and bold allowed). */
    private static boolean keywordBefore(String text, int at, String keyword) {
        if (keyword.isEmpty()) {
            return false;
        }
        String want = keyword.toLowerCase(Locale.ROOT) + " to";
        StringBuilder reversed = new StringBuilder();
        boolean gap = false;
        int i = at - 1;
        while (i >= 0 && reversed.length() < want.length()) {
            char c = Character.toLowerCase(text.charAt(i));
            if (Character.isWhitespace(c) || "\"'“”‘’*_".indexOf(c) >= 0) {
                gap = reversed.length() > 0;
                i--;
                continue;
            }
            if (gap) {
                reversed.append(' ');
                gap = false;
            }
            reversed.append(c);
            i--;
        }
        return reversed.reverse().toString().equals(want) && (i < 0 || !Character.isLetterOrDigit(text.charAt(i)));
    }

    private static boolean helpWordNear(BlockView v, ResourceDirectory dir, int from, int to) {
        WordTokens words = v.words();
        Sentence s = v.sentenceAt(from);
        int first = words.indexAt(from);
        int after = words.indexAt(to);
        for (PhraseHit h : v.hitsWithin(dir.helpWords(), s.start(), s.end())) {
            int distance = h.end() <= from ? first - h.lastToken() - 1 : h.firstToken() - after;
            if (distance >= 0 && distance < HELP_WORD_WINDOW) {
                return true;
            }
        }
        return false;
    }

    private static boolean namedInSentence(BlockView v, List<ResourceMention> names, CrisisResource r, int at) {
        Sentence s = v.sentenceAt(at);
        for (ResourceMention m : names) {
            if (m.resource().equals(r) && m.from() >= s.start() && m.to() <= s.end()) {
                return true;
            }
        }
        return false;
    }
}
