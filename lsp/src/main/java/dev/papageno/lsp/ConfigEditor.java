package dev.papageno.lsp;

import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Switches a rule off in the text of a {@code .papageno.yml} by editing the text itself, so that
 * its comments, order and layout stay as they were: the rule's value under {@code rules} becomes
 * {@code off}, or a line {@code RULE: off} is added to {@code rules} (a block or a flow mapping),
 * or a {@code rules} key is added at the end. The caller checks the result with the config loader.
 */
final class ConfigEditor {

    private ConfigEditor() {
    }

    /** The text with {@code ruleId} set to off; empty when the file's shape leaves no safe edit. */
    static Optional<String> turnOff(String text, String ruleId) {
        String eol = Directives.lineEnding(text);
        Optional<Node> root;
        try {
            LoadSettings settings = LoadSettings.builder().setUseMarks(true).setAllowDuplicateKeys(false)
                    .setMaxAliasesForCollections(8).build();
            root = new Compose(settings).composeString(text);
        } catch (YamlEngineException | IllegalArgumentException e) {
            return Optional.empty();
        }
        String entry = ruleId + ": off";
        if (root.isEmpty()) {
            return Optional.of(appendLines(text, eol, "rules:" + eol + "  " + entry));
        }
        if (!(root.get() instanceof MappingNode top)) {
            return Optional.empty();
        }
        if (top.getFlowStyle() == FlowStyle.FLOW) {
            return intoFlow(text, top, "rules: {" + entry + "}");
        }
        Optional<NodeTuple> rules = find(top, "rules");
        if (rules.isEmpty()) {
            String indent = indentOf(text, top.getValue().get(0).getKeyNode());
            return Optional.of(appendLines(text, eol, indent + "rules:" + eol + indent + "  " + entry));
        }
        Node value = rules.get().getValueNode();
        if (value instanceof ScalarNode s) {
            if (s.getValue().isEmpty() && s.getScalarStyle() == ScalarStyle.PLAIN) {
                int keyLineEnd = lineEnd(text, offset(text, rules.get().getKeyNode().getStartMark()));
                String indent = indentOf(text, rules.get().getKeyNode()) + "  ";
                return Optional.of(text.substring(0, keyLineEnd) + eol + indent + entry + text.substring(keyLineEnd));
            }
            if (s.getScalarStyle() == ScalarStyle.PLAIN && (s.getValue().equals("~") || s.getValue().equals("null"))) {
                return replace(text, s, "{" + entry + "}");
            }
            return Optional.empty();
        }
        if (!(value instanceof MappingNode map)) {
            return Optional.empty();
        }
        Optional<NodeTuple> existing = find(map, ruleId);
        if (existing.isPresent()) {
            Node v = existing.get().getValueNode();
            return v instanceof ScalarNode ? replace(text, v, "off") : Optional.empty();
        }
        if (map.getFlowStyle() == FlowStyle.FLOW) {
            return intoFlow(text, map, entry);
        }
        List<NodeTuple> tuples = map.getValue();
        String indent = indentOf(text, tuples.get(0).getKeyNode());
        int lastEnd = offset(text, tuples.get(tuples.size() - 1).getValueNode().getEndMark());
        if (lastEnd < 0) {
            return Optional.empty();
        }
        if (lastEnd == 0 || text.charAt(lastEnd - 1) == '\n' || text.charAt(lastEnd - 1) == '\r') {
            return Optional.of(text.substring(0, lastEnd) + indent + entry + eol + text.substring(lastEnd));
        }
        int at = lineEnd(text, lastEnd);
        return Optional.of(text.substring(0, at) + eol + indent + entry + text.substring(at));
    }

    /** Adds an entry to a flow mapping, before its closing brace. */
    private static Optional<String> intoFlow(String text, MappingNode map, String entry) {
        int end = offset(text, map.getEndMark());
        if (end <= 0 || text.charAt(end - 1) != '}') {
            return Optional.empty();
        }
        int close = end - 1;
        int p = close;
        while (p > 0 && Character.isWhitespace(text.charAt(p - 1))) {
            p--;
        }
        char before = p > 0 ? text.charAt(p - 1) : '{';
        String insert = before == '{' ? entry : before == ',' ? " " + entry : ", " + entry;
        return Optional.of(text.substring(0, p) + insert + text.substring(p));
    }

    private static Optional<String> replace(String text, Node node, String with) {
        int start = offset(text, node.getStartMark());
        int end = offset(text, node.getEndMark());
        if (start < 0 || end < start) {
            return Optional.empty();
        }
        return Optional.of(text.substring(0, start) + with + text.substring(end));
    }

    private static Optional<NodeTuple> find(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The spaces before a node on its line. */
    private static String indentOf(String text, Node node) {
        int at = offset(text, node.getStartMark());
        int start = at;
        while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
            start--;
        }
        String before = text.substring(start, Math.max(start, at));
        return before.isBlank() ? before : " ".repeat(before.length());
    }

    /** The text with lines added at its end, after a line break if it has none there. */
    private static String appendLines(String text, String eol, String lines) {
        boolean needsBreak = !text.isEmpty() && !text.endsWith("\n") && !text.endsWith("\r");
        return text + (needsBreak ? eol : "") + lines + eol;
    }

    /** The char offset of a mark (which counts code points), or -1. */
    private static int offset(String text, Optional<Mark> mark) {
        if (mark.isEmpty()) {
            return -1;
        }
        int index = mark.get().getIndex();
        try {
            return text.offsetByCodePoints(0, Math.min(index, text.codePointCount(0, text.length())));
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
    }

    private static int lineEnd(String text, int from) {
        int i = Math.max(0, from);
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }
}
