/**
 * Safe YAML for rule and config files: one document of plain data, bounded in size and nesting,
 * with the position of every node.
 */
package dev.papageno.core.yaml;
