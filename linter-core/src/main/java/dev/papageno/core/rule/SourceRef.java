package dev.papageno.core.rule;

/**
 * A guideline a rule rests on.
 *
 * @param key   the short key rule files use ({@code who-media-2017})
 * @param title publisher, title and year
 * @param url   where to read it
 */
public record SourceRef(String key, String title, String url) {
}
