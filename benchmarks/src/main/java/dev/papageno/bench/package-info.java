/**
 * JMH benchmarks of the core's throughput on drafts and general prose.
 *
 * <p>May use: the core's public API.
 */
package dev.papageno.bench;
