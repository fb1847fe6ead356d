package dev.papageno.core.rule;

import dev.papageno.core.match.PhraseIndex;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.resources.ResourceDirectory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every loaded rule with the data rules share: lexicons, guideline sources, help-line data and
 * profiles, and the one phrase index that serves them all. Immutable and thread-safe.
 */
public final class RuleSet {

    private final List<Rule> rules;
    private final Map<String, Rule> byId;
    private final Map<String, Lexicon> lexicons;
    private final Map<String, SourceRef> sources;
    private final Map<String, Profile> profiles;
    private final ResourceDirectory resources;
    private final PhraseIndex index;

    public RuleSet(List<Rule> rules, Map<String, Lexicon> lexicons, Map<String, SourceRef> sources,
            Map<String, Profile> profiles, ResourceDirectory resources) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(r -> r.spec().id()));
        this.rules = List.copyOf(sorted);
        Map<String, Rule> m = new LinkedHashMap<>();
        for (Rule r : this.rules) {
            m.put(r.spec().id(), r);
        }
        this.byId = m;
        this.lexicons = Map.copyOf(lexicons);
        this.sources = Map.copyOf(sources);
        this.profiles = Map.copyOf(profiles);
        this.resources = resources;
        List<PhraseSet> sets = new ArrayList<>();
        lexicons.values().stream().sorted(Comparator.comparing(Lexicon::name)).forEach(l -> sets.add(l.phrases()));
        sets.add(resources.names());
        sets.add(resources.helpWords());
        for (Rule r : this.rules) {
            sets.addAll(r.phraseSets());
        }
        this.index = PhraseIndex.of(sets);
    }

    /** All rules, by id. */
    public List<Rule> rules() {
        return rules;
    }

    public Optional<Rule> rule(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Lexicon lexicon(String name) {
        Lexicon l = lexicons.get(name);
        if (l == null) {
            throw new IllegalArgumentException("no lexicon " + name);
        }
        return l;
    }

    public Optional<Lexicon> findLexicon(String name) {
        return Optional.ofNullable(lexicons.get(name));
    }

    public Map<String, SourceRef> sources() {
        return sources;
    }

    public Map<String, Profile> profiles() {
        return profiles;
    }

    public ResourceDirectory resources() {
        return resources;
    }

    public PhraseIndex phraseIndex() {
        return index;
    }
}
