/**
 * The values the core hands to front ends and reports: findings, severities, rule settings and
 * kinds, per-file and per-run results, the fail policy, the run summary, the version, and the
 * error a broken config or rule file stops the run with. Plain immutable values, no behaviour
 * beyond what they compute from themselves.
 *
 * <p>May use: source.
 */
package dev.papageno.core.api;
