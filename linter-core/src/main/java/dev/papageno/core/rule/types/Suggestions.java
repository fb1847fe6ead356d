package dev.papageno.core.rule.types;

import dev.papageno.core.nlp.Inflector;
import dev.papageno.core.rule.schema.SuggestionSyntax;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a rule's suggestions for one match, in the syntax of
 * {@link dev.papageno.core.rule.schema.SuggestionSyntax} (checked when the rule loads). A verb
 * placeholder, {@code {verb:die} by suicide}, takes the form of the matched verb ("committed" gives
 * "died", "commits" gives "dies"), and a suggestion starts with a capital when the match does.
 * {@code {oneself}} and {@code {one's}} stand for the reflexive and possessive pronouns of the match
 * ("mutilated herself" gives "harmed herself"), and a rule type may fill more named slots, such as
 * the words a pattern element matched ({@code {1}}).
 */
final class Suggestions {

    private static final Pattern VERB = Pattern.compile("\\{" + SuggestionSyntax.VERB + "([a-z]+)}");
    private static final Pattern SLOT = Pattern.compile("\\{([a-z0-9']+)}");
    private static final Set<String> REFLEXIVES = Set.of("myself", "yourself", "himself", "herself", "itself",
            "ourselves", "yourselves", "themselves", "themself", "oneself");
    private static final Set<String> POSSESSIVES = Set.of("my", "your", "his", "her", "its", "our", "their");
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
        return render(templates, verbLemma, verbSurface, previous, matched, Map.of());
    }

    /**
     * As {@link #render(List, String, String, String, String)}, with named slots filled first:
     * {@code {oneself}} and {@code {one's}} from the pronouns of the match (or "themselves" and
     * "their"), and any slot in {@code slots}.
     */
    static List<String> render(List<String> templates, String verbLemma, String verbSurface, String previous,
            String matched, Map<String, String> slots) {
        Map<String, String> fill = new HashMap<>(slots);
        fill.putIfAbsent("oneself", pronoun(matched, REFLEXIVES, "themselves"));
        fill.putIfAbsent("one's", pronoun(matched, POSSESSIVES, "their"));
        List<String> filled = new ArrayList<>(templates.size());
        for (String t : templates) {
            Matcher m = SLOT.matcher(t);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String v = fill.get(m.group(1));
                m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? m.group() : v));
            }
            m.appendTail(sb);
            filled.add(sb.toString().replaceAll("\\s{2,}", " ").strip());
        }
        return renderVerbs(filled, verbLemma, verbSurface, previous, matched);
    }

    private static String pronoun(String matched, Set<String> choices, String otherwise) {
        for (String w : matched.toLowerCase(java.util.Locale.ROOT).split("[^a-z']+")) {
            if (choices.contains(w)) {
                return w;
            }
        }
        return otherwise;
    }

    private static List<String> renderVerbs(List<String> templates, String verbLemma, String verbSurface,
            String previous, String matched) {
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

    static String matchCase(String suggestion, String matched) {
        if (suggestion.isEmpty() || matched.isEmpty()) {
            return suggestion;
        }
        char first = matched.charAt(0);
        boolean allCaps = matched.length() > 1 && matched.equals(matched.toUpperCase(java.util.Locale.ROOT))
                && !matched.equals(matched.toLowerCase(java.util.Locale.ROOT));
        boolean acronym = allCaps && matched.length() <= 5 && matched.chars().allMatch(Character::isLetter);
        if (acronym) {
            // "OCD", "PTSD": the capitals belong to the abbreviation, not to the sentence.
            return suggestion;
        }
        if (allCaps && matched.length() > 3) {
            return suggestion.toUpperCase(java.util.Locale.ROOT);
        }
        if (Character.isUpperCase(first) && Character.isLowerCase(suggestion.charAt(0))) {
            return Character.toUpperCase(suggestion.charAt(0)) + suggestion.substring(1);
        }
        return suggestion;
    }
}
