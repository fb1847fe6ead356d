package dev.papageno.cli;

import java.io.InputStream;

/**
 * What the commands read besides their options: standard input and the terminal.
 *
 * @param in       standard input, for {@code -}
 * @param terminal what the output streams are connected to
 */
record Io(InputStream in, Terminal terminal) {
}
