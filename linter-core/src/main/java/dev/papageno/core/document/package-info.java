/**
 * Drafts parsed into documents: Markdown (commonmark-java), HTML (jsoup) and plain text become
 * blocks with a scope and offsets into the original file, plus front matter and inline control
 * comments.
 */
package dev.papageno.core.document;
