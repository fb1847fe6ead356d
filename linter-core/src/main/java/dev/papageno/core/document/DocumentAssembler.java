package dev.papageno.core.document;

import dev.papageno.core.source.InputFormat;
import dev.papageno.core.source.SourceText;
import dev.papageno.core.source.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Gathers what a parser finds and builds the {@link Document}: numbers the blocks, and marks
 * reference sections and citation lines, which every format treats the same way.
 */
final class DocumentAssembler {

    private static final Pattern REFERENCE_HEADING = Pattern.compile(
            "(?:\\d+[.)]?\\s*)?(?:references?|reference list|bibliography|works cited|sources|further reading"
                    + "|supporting research|citations|literature cited|notes and references|selected references"
                    + "|sources and further reading|cited works)\\s*:?",
            Pattern.CASE_INSENSITIVE);

    /** "Favazza, A. R. (1998)." and similar author-year openings. */
    private static final Pattern AUTHOR_YEAR = Pattern.compile(
            "^[\\p{Lu}][\\p{L}'’\\-]+(?: [\\p{Lu}][\\p{L}'’\\-]+)?,\\s+(?:\\p{Lu}\\.\\s*-?)+.{0,400}?\\(\\d{4}[a-z]?\\)");
    private static final Pattern DOI = Pattern.compile("\\b(?:doi\\.org/|doi:\\s*10\\.|ISBN[- :]?\\d)",
            Pattern.CASE_INSENSITIVE);

    private final SourceText source;
    private final InputFormat format;
    private final List<BlockBuilder> builders = new ArrayList<>();
    private final List<LinkTarget> links = new ArrayList<>();
    private final List<Directive> directives = new ArrayList<>();

    DocumentAssembler(SourceText source, InputFormat format) {
        this.source = source;
        this.format = format;
    }

    SourceText source() {
        return source;
    }

    void add(BlockBuilder block) {
        if (!block.isBlank()) {
            builders.add(block);
        }
    }

    void link(String url, TextRange range) {
        if (!url.isBlank()) {
            links.add(new LinkTarget(url, range));
        }
    }

    /** Records a comment if it is a Papageno directive. */
    void comment(String body, TextRange range) {
        Directive.parse(body, range).ifPresent(directives::add);
    }

    Document build() {
        List<Block> blocks = new ArrayList<>(builders.size());
        int referenceLevel = -1;
        for (int i = 0; i < builders.size(); i++) {
            BlockBuilder b = builders.get(i);
            boolean reference;
            if (b.kind() == BlockKind.HEADING) {
                int level = Math.max(1, b.headingLevel());
                if (referenceLevel >= 0 && level <= referenceLevel) {
                    referenceLevel = -1;
                }
                if (b.length() < 80 && isReferenceHeading(b.prefix(80))) {
                    referenceLevel = level;
                }
                reference = referenceLevel >= 0;
            } else {
                reference = referenceLevel >= 0 || isCitation(b.prefix(600));
            }
            blocks.add(b.build(i, reference));
        }
        links.sort((a, c) -> a.range().compareTo(c.range()));
        directives.sort((a, c) -> a.range().compareTo(c.range()));
        return new Document(source, format, blocks, links, directives);
    }

    static boolean isReferenceHeading(String text) {
        String t = text.strip();
        return t.length() < 60 && REFERENCE_HEADING.matcher(t).matches();
    }

    static boolean isCitation(String text) {
        String head600 = text.length() > 600 ? text.substring(0, 600) : text;
        if (head600.indexOf('(') < 0 && !mentionsDoiOrIsbn(head600)) {
            return false;
        }
        String t = text.strip();
        String head = t.length() > 600 ? t.substring(0, 600) : t;
        return AUTHOR_YEAR.matcher(head).find() || DOI.matcher(head).find();
    }

    /** Whether "doi" or "isbn" occurs in any case: one pass, no copies. */
    private static boolean mentionsDoiOrIsbn(String text) {
        int n = text.length();
        for (int i = 0; i + 2 < n; i++) {
            char c = (char) (text.charAt(i) | 0x20);
            if (c == 'd' && (text.charAt(i + 1) | 0x20) == 'o' && (text.charAt(i + 2) | 0x20) == 'i') {
                return true;
            }
            if (c == 'i' && i + 3 < n && (text.charAt(i + 1) | 0x20) == 's' && (text.charAt(i + 2) | 0x20) == 'b'
                    && (text.charAt(i + 3) | 0x20) == 'n') {
                return true;
            }
        }
        return false;
    }

    static Optional<String> lower(String s) {
        return Optional.ofNullable(s).map(v -> v.toLowerCase(Locale.ROOT));
    }
}
