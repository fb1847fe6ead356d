/**
 * The keyword pass: phrase sets compiled when rules load and one index that scans each block
 * once for every rule.
 */
package dev.papageno.core.match;
