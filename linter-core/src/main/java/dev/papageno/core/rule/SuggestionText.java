package dev.papageno.core.rule;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a rule's suggestion templates read in documentation: {@code {verb:die} by suicide} is "die by
 * suicide", {@code take {one's} own life} is "take their own life", {@code {oneself}} is
 * "themselves", and a slot for a matched word ({@code {2}}) is "…".
 */
public final class SuggestionText {

    private static final Pattern SLOT = Pattern.compile("\\{(?:verb:)?([A-Za-z0-9']+)}");

    private SuggestionText() {
    }

    public static String plain(String template) {
        Matcher m = SLOT.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String slot = m.group(1);
            String word = switch (slot) {
                case "one's" -> "their";
                case "oneself" -> "themselves";
                default -> slot.chars().allMatch(Character::isDigit) ? "…" : slot;
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(word));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
