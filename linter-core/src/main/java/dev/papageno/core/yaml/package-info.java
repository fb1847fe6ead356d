/**
 * Safe YAML (SnakeYAML Engine) with positions: every node knows its file, line and column, so that
 * a wrong value in a config or rule file is reported where it is; config and rule files are read
 * with a size bound.
 *
 * <p>May use: api, input (the words for failed reads), spelling (did you mean).
 */
package dev.papageno.core.yaml;
