package dev.papageno.lsp;

/** Runs the language server on standard input and output ({@code papageno lsp} does the same). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(PapagenoLsp.runOnStandardStreams());
    }
}
