package dev.papageno.core.source;

/**
 * A half-open range {@code [start, end)} of UTF-16 char offsets into a {@link SourceText}, or into the
 * text of one block where a block's analysis (its quotations, its URLs, a rule's cues) says so.
 *
 * @param start first char of the range
 * @param end   one past the last char of the range
 */
public record TextRange(int start, int end) implements Comparable<TextRange> {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + "," + end + ")");
        }
    }

    public static TextRange empty(int at) {
        return new TextRange(at, at);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean overlaps(TextRange other) {
        if (isEmpty() || other.isEmpty()) {
            return start >= other.start && start <= other.end || other.start >= start && other.start <= end;
        }
        return start < other.end && other.start < end;
    }

    public boolean contains(TextRange other) {
        return start <= other.start && other.end <= end;
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    @Override
    public int compareTo(TextRange o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }
}
