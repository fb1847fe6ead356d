package dev.papageno.cli;

import java.io.InputStream;

/**
 * What the commands read besides their options: standard input and the terminal.
 *
 * @param in         standard input, for {@code -}
 * @param terminal   what the output streams are connected to
 * @param stdinPiped whether standard input is a pipe or a file, which {@code papageno check} with no
 *                   path then reads (a terminal, {@code /dev/null} or a closed input gives the usage)
 */
record Io(InputStream in, Terminal terminal, boolean stdinPiped) {

    /** Standard input that {@code check} reads only when told to with {@code -}. */
    Io(InputStream in, Terminal terminal) {
        this(in, terminal, false);
    }
}
