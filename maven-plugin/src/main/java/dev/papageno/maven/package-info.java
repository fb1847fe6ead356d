/**
 * The Maven goal {@code papageno:check}: the project's drafts linted with the same core, config and
 * fail policy as the command line, reports written before the build fails.
 *
 * <p>May use: the core's public API and the Maven plugin API.
 */
package dev.papageno.maven;
