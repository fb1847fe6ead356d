package dev.papageno.core.yaml;

import java.util.Optional;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * A YAML parser that stops at a collection nested deeper than a limit. The composer recurses once
 * per level as it takes events; stopping it at the event keeps that recursion bounded, so that
 * 2,000 levels of {@code [} in a few KB cannot overflow the stack, in the same pass that builds
 * the tree.
 */
final class DepthLimitedParser implements Parser {

    /** Thrown at the first collection deeper than the limit, with where it starts. */
    static final class TooDeep extends RuntimeException {
        private final transient Optional<Mark> mark;

        TooDeep(Optional<Mark> mark) {
            super(null, null, false, false);
            this.mark = mark;
        }

        Optional<Mark> mark() {
            return mark;
        }
    }

    private final Parser parser;
    private final int maxDepth;
    private int depth;

    DepthLimitedParser(Parser parser, int maxDepth) {
        this.parser = parser;
        this.maxDepth = maxDepth;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
        return parser.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public Event next() {
        Event e = parser.next();
        if (e instanceof CollectionStartEvent) {
            if (++depth > maxDepth) {
                throw new TooDeep(e.getStartMark());
            }
        } else if (e instanceof CollectionEndEvent) {
            depth--;
        }
        return e;
    }
}
