package dev.papageno.core.rule.types;

import dev.papageno.core.nlp.Inflector;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a rule's suggestions for one match. A word in braces, {@code {die} by suicide}, takes the
 * form of the matched verb ("committed" gives "died", "commits" gives "dies"), and a suggestion
 * starts with a capital when the match does.
 */
final class Suggestions {

    private static final Pattern VERB = Pattern.compile("\\{([a-z]+)}");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "having", "was", "were", "been", "be",
            "is", "are", "'s", "'ve", "'d", "being", "get", "got", "gets", "getting");

    private Suggestions() {
    }

    /**
     * @param templates   the rule's suggestions
     * @param verbLemma   the lemma of the matched verb, or null when there is none
     * @param verbSurface the verb as written
     * @param previous    the word before the match, lower case, or empty
     * @param matched     the matched text
     */
    static List<String> render(List<String> templates, String verbLemma, String verbSurface, String previous,
            String matched) {
        List<String> out = new ArrayList<>(templates.size());
        Inflector.Form form = verbLemma == null ? Inflector.Form.BASE
                : Inflector.formOf(verbLemma, verbSurface, AUXILIARIES.contains(previous));
        for (String t : templates) {
            Matcher m = VERB.matcher(t);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(Inflector.inflect(m.group(1), form)));
            }
            m.appendTail(sb);
            out.add(matchCase(sb.toString(), matched));
        }
        return out;
    }

    /** The template words without braces, for documentation. */
    static String plain(String template) {
        return VERB.matcher(template).replaceAll("$1");
    }

    static String matchCase(String suggestion, String matched) {
        if (suggestion.isEmpty() || matched.isEmpty()) {
            return suggestion;
        }
        char first = matched.charAt(0);
        boolean allCaps = matched.length() > 1 && matched.equals(matched.toUpperCase(java.util.Locale.ROOT))
                && !matched.equals(matched.toLowerCase(java.util.Locale.ROOT));
        if (allCaps && matched.length() > 3) {
            return suggestion.toUpperCase(java.util.Locale.ROOT);
        }
        if (Character.isUpperCase(first) && Character.isLowerCase(suggestion.charAt(0))) {
            return Character.toUpperCase(suggestion.charAt(0)) + suggestion.substring(1);
        }
        return suggestion;
    }
}
