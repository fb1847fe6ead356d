/**
 * Safe YAML (SnakeYAML Engine) with positions: every node knows its file, line and column, so that
 * a wrong value in a config or rule file is reported where it is.
 *
 * <p>May use: api, input (the wording of read errors).
 */
package dev.papageno.core.yaml;
