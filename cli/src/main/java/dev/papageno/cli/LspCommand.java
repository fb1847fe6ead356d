package dev.papageno.cli;

import dev.papageno.lsp.PapagenoLsp;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code papageno lsp}: the language server, over standard input and output. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        versionProvider = PapagenoCommand.VersionProvider.class,
        description = {"Run the language server on standard input and output, for editors that speak the Language"
            + " Server Protocol: findings as you write, quick fixes and explanations on hover.",
            "Standard output carries the protocol alone; messages go to standard error."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  the editor sent shutdown and exit", "  1  the editor went away without shutdown"})
final class LspCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return PapagenoLsp.runOnStandardStreams();
    }
}
