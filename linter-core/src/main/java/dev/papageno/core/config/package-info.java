/**
 * The {@code .papageno.yml} config file: found from the working folder up to the top of the
 * repository, read safely and checked key by key, with line and column in every complaint.
 */
package dev.papageno.core.config;
