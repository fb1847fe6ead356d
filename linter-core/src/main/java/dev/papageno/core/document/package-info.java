/**
 * Parsing drafts (Markdown with commonmark-java, HTML with jsoup, plain text) into a
 * {@link dev.papageno.core.document.Document} of blocks with scopes, each block's text mapped back
 * to offsets of the source, and the inline control comments.
 *
 * <p>May use: source.
 */
package dev.papageno.core.document;
