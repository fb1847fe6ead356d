package dev.papageno.core.report;

import dev.papageno.core.api.FailPolicy;
import dev.papageno.core.rule.RuleSet;
import dev.papageno.core.source.InputFormat;
import java.util.function.Function;

/**
 * What a report may need besides the result.
 *
 * @param color      whether to use ANSI colours (text output to a terminal, {@code NO_COLOR} unset)
 * @param rules      the loaded rules, for formats that describe them (SARIF)
 * @param failPolicy the policy the run is judged by, for summaries and formats that mark failures
 * @param width      the width of the terminal to wrap messages at, or 0 not to wrap
 * @param configFile the config file the run used, as the user would name it; null for none
 * @param formats    the format each input was read as, by its path, for reports that show drafts as read
 */
public record ReportOptions(boolean color, RuleSet rules, FailPolicy failPolicy, int width, String configFile,
        Function<String, InputFormat> formats) {

    public ReportOptions {
        formats = formats == null ? InputFormat::forFileName : formats;
    }

    /** Options whose inputs were read in the format of their extension. */
    public ReportOptions(boolean color, RuleSet rules, FailPolicy failPolicy, int width, String configFile) {
        this(color, rules, failPolicy, width, configFile, null);
    }

    /** Options that do not wrap. */
    public ReportOptions(boolean color, RuleSet rules, FailPolicy failPolicy) {
        this(color, rules, failPolicy, 0, null);
    }

    /** Options without a config file. */
    public ReportOptions(boolean color, RuleSet rules, FailPolicy failPolicy, int width) {
        this(color, rules, failPolicy, width, null);
    }

    /** The same options naming the config file used. */
    public ReportOptions withConfigFile(String file) {
        return new ReportOptions(color, rules, failPolicy, width, file, formats);
    }

    /** The same options with the format each input was read as. */
    public ReportOptions withFormats(Function<String, InputFormat> formatOfPath) {
        return new ReportOptions(color, rules, failPolicy, width, configFile, formatOfPath);
    }
}
