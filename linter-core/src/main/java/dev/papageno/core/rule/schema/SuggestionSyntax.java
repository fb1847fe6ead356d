package dev.papageno.core.rule.schema;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What braces in a rule type's {@code suggest} texts may say. Each form has one meaning:
 * <ul>
 * <li>{@code {verb:die}}: the verb "die" in the form of the matched verb ("committed" gives
 * "died"), for types whose matches have a verb;</li>
 * <li>{@code {2}}: the word that element 2 of a token pattern matched, for the pattern type;</li>
 * <li>{@code {oneself}}, {@code {topics}} and other names: a value the type fills in, listed in
 * {@link #names}.</li>
 * </ul>
 * Anything else in braces stops the load, naming the suggestion and what the type knows.
 *
 * @param names    the named values the type fills in
 * @param verbs    whether {@code {verb:…}} may be used
 * @param elements whether {@code {N}} may be used
 */
public record SuggestionSyntax(List<String> names, boolean verbs, boolean elements) {

    /** Suggestions taken as written. */
    public static final SuggestionSyntax NONE = new SuggestionSyntax(List.of(), false, false);

    /** The pronouns of the match: {@code {oneself}} ("herself") and {@code {one's}} ("her"). */
    public static final List<String> PRONOUNS = List.of("oneself", "one's");

    /** The prefix of a verb placeholder, {@code {verb:die}}. */
    public static final String VERB = "verb:";

    private static final Pattern BRACES = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern LEMMA = Pattern.compile("[a-z]+");

    public SuggestionSyntax {
        names = List.copyOf(names);
    }

    /** Checks every text of a {@code suggest} list. */
    public void check(YNode list) throws ConfigException {
        for (String s : list.asStringList()) {
            check(list, s);
        }
    }

    private void check(YNode at, String suggestion) throws ConfigException {
        Matcher m = BRACES.matcher(suggestion);
        while (m.find()) {
            String inside = m.group(1);
            if (names.contains(inside) || (elements && NUMBER.matcher(inside).matches())) {
                continue;
            }
            if (inside.startsWith(VERB) && verbs && LEMMA.matcher(inside.substring(VERB.length())).matches()) {
                continue;
            }
            String problem = "the suggestion " + ConfigException.quote(suggestion) + " has " + m.group() + ", ";
            if (verbs && LEMMA.matcher(inside).matches()) {
                throw at.error(problem + "which is no placeholder; to give a verb the form of the matched one,"
                        + " write {" + VERB + inside + "}");
            }
            throw at.error(problem + "which " + (known().isEmpty() ? "this rule type does not fill: its"
                    + " suggestions are used as written" : "this rule type does not fill; it knows: "
                    + String.join(", ", known())));
        }
    }

    /** The forms this syntax allows, in words, for errors and the schema page. */
    public List<String> known() {
        List<String> out = new ArrayList<>();
        names.forEach(n -> out.add("{" + n + "}"));
        if (verbs) {
            out.add("{" + VERB + "<verb>}");
        }
        if (elements) {
            out.add("{<element number>}");
        }
        return out;
    }
}
