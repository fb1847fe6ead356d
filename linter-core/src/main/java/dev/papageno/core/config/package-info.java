/**
 * {@code .papageno.yml}: finding it from the working folder up to the top of the repository, and
 * reading it into a checked {@link dev.papageno.core.config.Config}.
 *
 * <p>May use: api, rule.load, yaml.
 */
package dev.papageno.core.config;
