/**
 * The {@code papageno} command line: a thin picocli front end that maps options to a linter
 * builder, calls the core and maps the result to an exit code.
 */
package dev.papageno.cli;
