/**
 * Loading rule files: the schema every rule file is checked against when it loads, with file,
 * line, column, key and allowed values in each complaint.
 */
package dev.papageno.core.rule.load;
