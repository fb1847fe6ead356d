/**
 * JMH benchmarks of the core's throughput on drafts and general prose.
 */
package dev.papageno.bench;
