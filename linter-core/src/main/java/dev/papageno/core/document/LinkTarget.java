package dev.papageno.core.document;

import dev.papageno.core.source.TextRange;

/**
 * A URL the draft links to or shows: a link destination, an image source, an autolink. URLs are
 * never linted as prose, but the crisis-resource rules read them.
 *
 * @param url   the URL as written (entities decoded)
 * @param range where it is in the source
 */
public record LinkTarget(String url, TextRange range) {
}
