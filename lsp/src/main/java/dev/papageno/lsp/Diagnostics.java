package dev.papageno.lsp;

import dev.papageno.core.api.Finding;
import dev.papageno.core.api.Severity;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Findings as LSP diagnostics. */
final class Diagnostics {

    /** The {@code source} of every diagnostic. */
    static final String SOURCE = "papageno";

    private Diagnostics() {
    }

    static List<Diagnostic> of(List<Finding> findings) {
        List<Diagnostic> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            out.add(of(f));
        }
        return out;
    }

    /**
     * One finding: its exact range, the rule id as the code, the severity, and the message with
     * what to write instead (or what to add) on a line of its own, as the text report shows it.
     */
    static Diagnostic of(Finding f) {
        Range range = new Range(new Position(f.line() - 1, f.column() - 1),
                new Position(f.endLine() - 1, f.endColumn() - 1));
        Diagnostic d = new Diagnostic(range, message(f), severity(f.severity()), SOURCE, f.rule());
        if (!f.sources().isEmpty()) {
            d.setCodeDescription(new DiagnosticCodeDescription(f.sources().get(0)));
        }
        return d;
    }

    static String message(Finding f) {
        if (f.suggestions().isEmpty()) {
            return f.message();
        }
        return f.message() + "\n" + (f.isAddition() ? "Add: " : "Instead: ") + String.join(" | ", f.suggestions());
    }

    static DiagnosticSeverity severity(Severity s) {
        return switch (s) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
        };
    }
}
