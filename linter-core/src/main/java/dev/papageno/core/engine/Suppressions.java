package dev.papageno.core.engine;

import dev.papageno.core.document.Directive;
import dev.papageno.core.source.SourceText;
import java.util.List;

/**
 * The inline control comments of one draft: {@code papageno-disable} until {@code papageno-enable},
 * and {@code papageno-disable-next-line}. A document-level finding is suppressed by a
 * {@code papageno-disable} for its rule that is never re-enabled.
 */
final class Suppressions {

    private final List<Directive> directives;
    private final SourceText source;

    Suppressions(List<Directive> directives, SourceText source) {
        this.directives = directives;
        this.source = source;
    }

    boolean suppressed(String ruleId, int offset, int line, boolean documentLevel) {
        if (directives.isEmpty()) {
            return false;
        }
        boolean disabled = false;
        for (Directive d : directives) {
            if (!d.covers(ruleId)) {
                continue;
            }
            if (d.kind() == Directive.Kind.DISABLE_NEXT_LINE) {
                int commentLine = source.lineCol(d.range().end()).line();
                if (!documentLevel && line == commentLine + 1) {
                    return true;
                }
                continue;
            }
            if (!documentLevel && d.range().start() > offset) {
                break;
            }
            disabled = d.kind() == Directive.Kind.DISABLE;
        }
        return disabled;
    }
}
