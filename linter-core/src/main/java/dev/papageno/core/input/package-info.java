/**
 * From the paths a user gives to drafts to lint: folder walks, globs, ignore files, include and
 * exclude patterns, and reading each draft with its size limit and one-line errors.
 */
package dev.papageno.core.input;
