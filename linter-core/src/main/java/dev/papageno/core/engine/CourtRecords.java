package dev.papageno.core.engine;

import dev.papageno.core.document.Block;
import dev.papageno.core.match.PhraseHit;
import dev.papageno.core.rule.BlockView;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.rule.Lexicon;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a draft is a court record: an opinion with its caption ("Plaintiffs-Appellants"), its
 * judges ("Circuit Judge") and its citations ("94 F.3d 254"). Guidelines let court records keep
 * their words ("committed suicide" in an opinion is the record's), so rules with
 * {@code context.records: info} drop to info there. Three different words of the pack's
 * {@code court-record} lexicon make a record: one ("the defendant") is only a news story about a case.
 */
final class CourtRecords {

    static final String LEXICON = "court-record";
    static final int ENOUGH = 3;

    private static final Object MEMO_KEY = new Object();

    private final Optional<Lexicon> words;

    CourtRecords(Optional<Lexicon> words) {
        this.words = words;
    }

    /** The words that make the draft a court record, when it is one (at most {@link #ENOUGH} of them). */
    Optional<List<String>> of(DocumentContext doc) {
        return doc.memo(MEMO_KEY, () -> compute(doc));
    }

    private Optional<List<String>> compute(DocumentContext doc) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Set<String> found = new LinkedHashSet<>();
        for (Block b : doc.blocks()) {
            BlockView v = doc.view(b);
            for (PhraseHit h : v.hits(words.get().phrases())) {
                found.add(v.text().substring(h.start(), h.end()).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
                if (found.size() >= ENOUGH) {
                    return Optional.of(new ArrayList<>(found));
                }
            }
        }
        return Optional.empty();
    }
}
