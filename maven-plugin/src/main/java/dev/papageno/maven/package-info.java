/**
 * The Maven plugin: goals that check (and fix) a project's drafts with the core, log the findings
 * and fail the build by the core's fail policy.
 */
package dev.papageno.maven;
