package dev.papageno.core.yaml;

import dev.papageno.core.api.ConfigException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Safe YAML reading for rule and config files: one document, plain data only, no anchors or
 * aliases (which also rules out "billion laughs" bombs), bounded size and depth, duplicate keys
 * rejected. Every error names the file, line and column.
 */
public final class Yaml {

    private static final int MAX_CODE_POINTS = 4 * 1024 * 1024;
    private static final int MAX_DEPTH = 64;

    private Yaml() {
    }

    /** Parses one YAML document; an empty file is an empty map. */
    public static YNode parse(String text, String file) throws ConfigException {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(8)
                .setCodePointLimit(MAX_CODE_POINTS)
                .setUseMarks(true)
                .build();
        if (text.length() > YamlFile.MAX_BYTES) {
            throw new ConfigException(file, "too large (" + YamlFile.MAX_BYTES / 1024 + " KB is the limit for a config"
                    + " or rule file)");
        }
        Optional<Node> root;
        try {
            Composer composer = new Composer(settings, new DepthLimitedParser(
                    new ParserImpl(settings, new StreamReader(settings, text)), MAX_DEPTH));
            List<Node> docs = new ArrayList<>();
            while (composer.hasNext()) {
                Node n = composer.next();
                docs.add(n);
                if (docs.size() > 1) {
                    throw at(file, n.getStartMark(), "only one YAML document is allowed per file");
                }
            }
            root = docs.isEmpty() ? Optional.empty() : Optional.of(docs.get(0));
        } catch (DepthLimitedParser.TooDeep e) {
            throw at(file, e.mark(), "nested too deeply (more than " + MAX_DEPTH + " levels)");
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            if (e.getContext() != null && !problem.contains(e.getContext())) {
                problem = e.getContext() + ": " + problem;
            }
            throw at(file, mark, "invalid YAML: " + oneLine(problem));
        } catch (YamlEngineException e) {
            throw new ConfigException(file, "invalid YAML: " + oneLine(e.getMessage()));
        } catch (IllegalArgumentException e) {
            // The composer rejects some malformed tags ("!%a") this way rather than with a YAML error.
            throw new ConfigException(file, "invalid YAML: " + oneLine(e.getMessage()));
        }
        if (root.isEmpty()) {
            return new YNode(YNode.Kind.MAP, file, 1, 1, "", null, false, null, YNode.newMap(), new HashMap<>());
        }
        return convert(root.get(), file, "", 0);
    }

    private static ConfigException at(String file, Optional<Mark> mark, String message) {
        return mark.map(m -> new ConfigException(file, m.getLine() + 1, m.getColumn() + 1, message))
                .orElseGet(() -> new ConfigException(file, message));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\n\\s*", " ").strip();
    }

    private static YNode convert(Node node, String file, String path, int depth) throws ConfigException {
        int line = node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
        int col = node.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
        if (node.getAnchor().isPresent()) {
            throw new ConfigException(file, line, col, (path.isEmpty() ? "" : path + ": ")
                    + "anchors and aliases (&, *) are not allowed");
        }
        if (depth > MAX_DEPTH) {
            throw new ConfigException(file, line, col, "nested too deeply (more than " + MAX_DEPTH + " levels)");
        }
        if (node instanceof ScalarNode s) {
            boolean quoted = s.getScalarStyle() != ScalarStyle.PLAIN;
            String value = s.getValue();
            if (!quoted && (value.equals("~") || value.equals("null"))) {
                value = "";
            }
            return new YNode(YNode.Kind.SCALAR, file, line, col, path, value, quoted, null, null, null);
        }
        if (node instanceof SequenceNode seq) {
            List<YNode> items = new ArrayList<>();
            int i = 0;
            for (Node child : seq.getValue()) {
                items.add(convert(child, file, path + "[" + i + "]", depth + 1));
                i++;
            }
            return new YNode(YNode.Kind.LIST, file, line, col, path, null, false, List.copyOf(items), null, null);
        }
        if (node instanceof MappingNode map) {
            Map<String, YNode> entries = YNode.newMap();
            Map<String, int[]> positions = new HashMap<>();
            for (NodeTuple t : map.getValue()) {
                Node k = t.getKeyNode();
                if (!(k instanceof ScalarNode ks)) {
                    throw new ConfigException(file, line, col, "keys must be plain words");
                }
                String key = ks.getValue();
                int kl = k.getStartMark().map(m -> m.getLine() + 1).orElse(line);
                int kc = k.getStartMark().map(m -> m.getColumn() + 1).orElse(col);
                String childPath = path.isEmpty() ? key : path + "." + key;
                entries.put(key, convert(t.getValueNode(), file, childPath, depth + 1));
                positions.put(key, new int[] {kl, kc});
            }
            return new YNode(YNode.Kind.MAP, file, line, col, path, null, false, null, entries, positions);
        }
        throw new ConfigException(file, line, col, "unsupported YAML node");
    }
}
