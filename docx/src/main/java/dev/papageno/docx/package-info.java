/**
 * Word documents ({@code .docx}) as drafts: {@link dev.papageno.docx.DocxText} takes the text out
 * paragraph by paragraph (headings, lists, tables, footnotes), and {@link dev.papageno.docx.DocxDecoder}
 * gives it to the linter as a {@link dev.papageno.core.input.DraftDecoder}.
 */
package dev.papageno.docx;
