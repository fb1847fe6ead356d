package dev.papageno.core.rule;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a rule's suggestion templates read in documentation: {@code {verb:die} by suicide} is "die by
 * suicide", {@code take {one's} own life} is "take their own life", {@code {oneself}} is
 * "themselves", and a slot for a matched word ({@code {2}}) is "…". The content-note rules' slots
 * read as they are filled in for a draft about suicide and self-harm with support contacts below:
 * {@code {topics}} is "suicide and self-harm", {@code {support}} the pointer to them.
 */
public final class SuggestionText {

    private static final Pattern SLOT = Pattern.compile("\\{(?:verb:)?([A-Za-z0-9']+)}");

    private SuggestionText() {
    }

    /** Whether the template has a verb slot ({@code {die}}), which takes the tense of the words replaced. */
    public static boolean hasVerbSlot(String template) {
        Matcher m = SLOT.matcher(template);
        while (m.find()) {
            String slot = m.group(1);
            if (!slot.equals("topics") && !slot.equals("support") && !slot.equals("one's") && !slot.equals("oneself")
                    && !slot.chars().allMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    public static String plain(String template) {
        Matcher m = SLOT.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String slot = m.group(1);
            String word = switch (slot) {
                case "one's" -> "their";
                case "oneself" -> "themselves";
                case "topics" -> "suicide and self-harm";
                case "support" -> "Support contacts are listed below.";
                default -> slot.chars().allMatch(Character::isDigit) ? "…" : slot;
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(word));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
