/**
 * Crisis-resource data: the regions' help lines with their status, replacements and calling
 * plans, read from {@code crisis-resources/*.yaml}, the directory that looks them up by number,
 * address and name, and the phone-number scanner (short codes like 988 included).
 *
 * <p>May use: api, document, match, source, yaml.
 */
package dev.papageno.core.resources;
