package dev.papageno.core.rule;

/**
 * How a rule treats context around a match (see DESIGN.md, "Context the engine must understand").
 *
 * @param lowerInQuotes   a match inside quotation marks or a blockquote is lowered one severity level, never below info
 * @param skipMentions    a term being talked about ({@code avoid saying "committed suicide"}) is not a finding
 * @param skipReferences  reference sections and citation lines are not checked
 * @param firstPersonInfo a label the writer applies to themselves ("I was a cutter") drops to info
 * @param firstPersonOff  words the writer uses of themselves ("I suffer from depression") are not a finding
 * @param skipTitles      words inside a title or name in Title Case ("Lunatic Asylum", "Suicide Squad") are
 *                        not a finding
 * @param reportedInfo    a label the writer reports as someone else's ("they called him a cutter", "people
 *                        thought I was doing it for attention"), or raises in a question the next sentence
 *                        answers no, drops to info and is not fixed automatically
 * @param recordsInfo     in a draft that is a court record (an opinion with its caption, judges and
 *                        citations), the match is the record's words: it drops to info and is not fixed
 *                        automatically
 */
public record ContextPolicy(boolean lowerInQuotes, boolean skipMentions, boolean skipReferences,
        boolean firstPersonInfo, boolean firstPersonOff, boolean skipTitles, boolean reportedInfo,
        boolean recordsInfo) {

    /** A policy under which first person never switches a finding off, titles count and reported words too. */
    public ContextPolicy(boolean lowerInQuotes, boolean skipMentions, boolean skipReferences,
            boolean firstPersonInfo) {
        this(lowerInQuotes, skipMentions, skipReferences, firstPersonInfo, false, false, false, false);
    }

    /** What {@code context.quotes} may say. */
    public enum Quotes {
        LOWER, KEEP
    }

    /** What {@code context.mentions}, {@code context.references} and {@code context.titles} may say. */
    public enum SkipOrKeep {
        SKIP, KEEP
    }

    /** What {@code context.reported} and {@code context.records} may say. */
    public enum Reported {
        INFO, KEEP
    }

    /** What {@code context.firstPerson} may say. */
    public enum FirstPerson {
        INFO, OFF, KEEP
    }

    /** Quotes lower, mentions and references skipped, first person unchanged. */
    public static final ContextPolicy DEFAULT = new ContextPolicy(true, true, true, false);
}
