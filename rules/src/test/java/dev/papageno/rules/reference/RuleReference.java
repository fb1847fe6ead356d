package dev.papageno.rules.reference;

import dev.papageno.core.api.RuleSetting;
import dev.papageno.core.api.Severity;
import dev.papageno.core.rule.ContextPolicy;
import dev.papageno.core.rule.Example;
import dev.papageno.core.rule.Profile;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleSet;
import dev.papageno.core.rule.RuleSpec;
import dev.papageno.core.rule.SourceRef;
import dev.papageno.core.source.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes the rule reference ({@code docs/rules.md}) from the loaded rules: per category, every rule
 * with its id, severity and per-profile differences, what it flags, what to write instead, why, its
 * examples and its sources.
 */
public final class RuleReference {

    /** The command that rewrites {@code docs/rules.md}. */
    public static final String REGENERATE = "./mvnw -q -B -pl linter-core,rules -am test -Dtest=RuleReferenceDocTest"
            + " -Dpapageno.updateDocs=true -Dsurefire.failIfNoSpecifiedTests=false";

    /** One line on each category the project defines; other categories are listed without one. */
    private static final Map<String, String> CATEGORIES = Map.of(
            "trigger-warning", "A draft about suicide, self-harm or an eating disorder needs a content note near the top.",
            "crisis-resources", "Help lines: missing, outdated, closed, or for another region than the readers'.",
            "method-detail", "Detail about methods, instruments, doses, places, steps, ease or lethality.",
            "stigma", "Stigmatising or inaccurate words, with the words to use instead.",
            "framing", "Sensational or romanticising framing, and suicide presented as a solution.");

    private RuleReference() {
    }

    /** The whole page. */
    public static String markdown(RuleSet rules) {
        Map<String, List<RuleSpec>> byCategory = new TreeMap<>();
        for (Rule r : rules.rules()) {
            byCategory.computeIfAbsent(r.spec().category(), k -> new ArrayList<>()).add(r.spec());
        }
        List<Profile> profiles = profiles(rules);
        StringBuilder out = new StringBuilder();
        out.append("# Rule reference\n\n");
        out.append("<!-- Generated from the rule files (RuleReference.markdown()); do not edit by hand. -->\n\n");
        out.append("*Generated from the rule files in `rules/src/main/resources/papageno/rules/`. After changing a"
                + " rule, regenerate this page with*\n");
        out.append("`").append(REGENERATE).append("`.\n\n");
        out.append("Every built-in rule, by category: its id (for `.papageno.yml` and `papageno-disable` comments),"
                + " its severity, what it flags, what to write instead, why, examples and the guidelines behind it."
                + " In the examples, `[[` and `]]` mark the words a rule reports; `[[]]` marks where a"
                + " document-level finding is placed; “fixed” shows the text after the rule's automatic fix.\n\n");
        out.append("**Severities.** `error`: content linked to imitation risk, or readers at risk left with no"
                + " working route to help. `warning`: what the guidelines consistently ask writers to change."
                + " `info`: a suggestion or a contested term.\n\n");
        if (!profiles.isEmpty()) {
            out.append("**Profiles** change severities (`--profile` or `profile:` in `.papageno.yml`):\n\n");
            for (Profile p : profiles) {
                out.append("- `").append(p.id()).append('`').append(p.id().equals("blog") ? " (default)" : "");
                if (!p.description().isBlank()) {
                    out.append(": ").append(oneLine(p.description()));
                }
                out.append('\n');
            }
            out.append('\n');
        }
        out.append("## Contents\n\n");
        for (Map.Entry<String, List<RuleSpec>> c : byCategory.entrySet()) {
            out.append("- [").append(c.getKey()).append("](#").append(anchor(c.getKey())).append("): ");
            List<String> links = new ArrayList<>();
            for (RuleSpec s : c.getValue()) {
                links.add("[" + s.name() + "](#" + anchor(s.id()) + ")");
            }
            out.append(String.join(", ", links)).append('\n');
        }
        out.append('\n');
        for (Map.Entry<String, List<RuleSpec>> c : byCategory.entrySet()) {
            out.append("## ").append(c.getKey()).append("\n\n");
            String about = CATEGORIES.get(c.getKey());
            if (about != null) {
                out.append(about).append("\n\n");
            }
            for (RuleSpec s : c.getValue()) {
                rule(out, s, profiles, rules.rule(s.id()).flatMap(Rule::howItDecides));
            }
        }
        return out.toString().stripTrailing() + "\n";
    }

    private static void rule(StringBuilder out, RuleSpec s, List<Profile> profiles, Optional<String> how) {
        out.append("### ").append(s.id()).append("\n\n");
        out.append("- **Severity:** ").append(s.severity().id());
        List<String> differences = new ArrayList<>();
        for (Profile p : profiles) {
            Optional<Severity> effective = severityIn(p, s);
            if (!effective.equals(Optional.of(s.severity()))) {
                differences.add(p.id() + ": " + effective.map(Severity::id).orElse("off"));
            }
            Map<String, String> options = p.options().getOrDefault(s.id(), Map.of());
            if (!options.isEmpty()) {
                List<String> set = new ArrayList<>();
                new TreeMap<>(options).forEach((k, v) -> set.add("`" + k + ": " + v + "`"));
                differences.add(p.id() + " sets " + String.join(", ", set));
            }
        }
        if (!differences.isEmpty()) {
            out.append(" (").append(String.join("; ", differences)).append(')');
        }
        out.append('\n');
        out.append("- **Flags:** ").append(oneLine(s.summary())).append('\n');
        if (!s.suggestions().isEmpty()) {
            List<String> quoted = new ArrayList<>();
            for (String suggestion : s.suggestions()) {
                quoted.add("“" + plainWords(suggestion) + "”");
            }
            boolean document = s.kind().isDocumentLevel();
            out.append(document ? "- **Add:** " : "- **Write instead:** ").append(String.join(", ", quoted));
            // A document-level finding (a missing note) is never fixed automatically: what to add and where is
            // the writer's call.
            if (s.fixable() && !document) {
                out.append(" (the first is the automatic fix)");
            }
            out.append('\n');
        } else if (s.fixable()) {
            out.append("- **Write instead:** what the finding names (its automatic fix)\n");
        }
        if (!s.kind().isDocumentLevel()) {
            context(s.context()).ifPresent(c -> out.append("- **Context:** ").append(c).append('\n'));
        }
        if (!s.options().isEmpty()) {
            List<String> opts = new ArrayList<>();
            new TreeMap<>(s.options()).forEach((k, v) -> opts.add("`" + k + ": " + v + "`"));
            out.append("- **Options:** ").append(String.join(", ", opts)).append('\n');
        }
        out.append("\n**Why.** ").append(oneLine(s.rationale())).append("\n\n");
        how.ifPresent(h -> out.append("**How it decides.** ").append(h).append("\n\n"));
        if (!s.examples().isEmpty()) {
            out.append("**Examples**\n\n");
            for (Example e : s.examples()) {
                example(out, e);
            }
            out.append('\n');
        }
        List<String> sources = new ArrayList<>();
        for (SourceRef ref : s.sources()) {
            sources.add("[" + escapeLinkText(ref.title()) + "](<" + ref.url() + ">)");
        }
        out.append("**Sources:** ").append(String.join("; ", sources)).append("\n\n");
    }

    private static void example(StringBuilder out, Example e) {
        String text = e.bad() ? marked(e.text(), e.marked().orElseThrow()) : e.text();
        String label = e.bad() ? "Reported" : "Not reported";
        List<String> how = new ArrayList<>();
        if (!e.format().equals("markdown")) {
            how.add(e.format());
        }
        e.profile().ifPresent(p -> how.add("profile " + p));
        e.region().ifPresent(r -> how.add("region " + r));
        String qualifier = how.isEmpty() ? "" : " (" + String.join(", ", how) + ")";
        boolean block = text.indexOf('\n') >= 0 || e.fix().map(f -> f.indexOf('\n') >= 0).orElse(false);
        if (!block) {
            out.append("- ").append(label).append(qualifier).append(": ").append(codeSpan(text));
            e.fix().ifPresent(f -> out.append(" → fixed: ").append(codeSpan(f)));
            out.append('\n');
            return;
        }
        out.append("- ").append(label).append(qualifier).append(":\n");
        codeBlock(out, text);
        e.fix().ifPresent(f -> {
            out.append("  Fixed:\n");
            codeBlock(out, f);
        });
    }

    /** The example text with the reported span between {@code [[} and {@code ]]}. */
    static String marked(String text, TextRange range) {
        return text.substring(0, range.start()) + "[[" + text.substring(range.start(), range.end()) + "]]"
                + text.substring(range.end());
    }

    /** The effective severity of a rule in a profile: the rule's own entry wins over its category's. */
    static Optional<Severity> severityIn(Profile p, RuleSpec s) {
        return p.settingOf(s).map(RuleSetting::severity).orElse(Optional.of(s.severity()));
    }

    /** Suggestions as plain words: {@code {verb:die} by suicide} reads "die by suicide". */
    static String plainWords(String suggestion) {
        return dev.papageno.core.rule.SuggestionText.plain(suggestion);
    }

    /** Inline code that survives backticks in the text. */
    static String codeSpan(String text) {
        int run = longestRun(text, '`');
        if (run == 0) {
            return "`" + text + "`";
        }
        String fence = "`".repeat(run + 1);
        return fence + " " + text + " " + fence;
    }

    private static void codeBlock(StringBuilder out, String text) {
        String fence = "`".repeat(Math.max(3, longestRun(text, '`') + 1));
        out.append("  ").append(fence).append('\n');
        for (String line : text.split("\n", -1)) {
            out.append(line.isEmpty() ? "" : "  " + line).append('\n');
        }
        out.append("  ").append(fence).append('\n');
    }

    private static int longestRun(String text, char c) {
        int best = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == c ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }

    /** What context does to the rule's findings, when it does anything. */
    private static Optional<String> context(ContextPolicy c) {
        List<String> parts = new ArrayList<>();
        if (c.skipMentions()) {
            parts.add("not reported when the words are being talked about (“avoid saying …”)");
        }
        if (c.lowerInQuotes()) {
            parts.add("one level lower inside quotation marks");
        }
        if (c.skipReferences()) {
            parts.add("reference sections and citations are skipped");
        }
        if (c.firstPersonInfo()) {
            parts.add("info when writers use the words about themselves");
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts) + ".");
    }

    /** The profiles, {@code blog} first, then by name. */
    private static List<Profile> profiles(RuleSet rules) {
        Map<String, Profile> sorted = new LinkedHashMap<>();
        Profile blog = rules.profiles().get("blog");
        if (blog != null) {
            sorted.put("blog", blog);
        }
        new TreeMap<>(rules.profiles()).forEach(sorted::putIfAbsent);
        return new ArrayList<>(sorted.values());
    }

    /** GitHub's heading anchor: lower case, punctuation other than dashes dropped, spaces as dashes. */
    static String anchor(String heading) {
        StringBuilder sb = new StringBuilder();
        for (char c : heading.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                sb.append(c);
            } else if (c == ' ') {
                sb.append('-');
            }
        }
        return sb.toString();
    }

    private static String escapeLinkText(String s) {
        return s.replace("[", "\\[").replace("]", "\\]");
    }

    private static String oneLine(String s) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (char c : s.strip().toCharArray()) {
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
