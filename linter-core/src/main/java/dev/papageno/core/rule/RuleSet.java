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
    private final PhraseIndex conditionIndex;

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
        // Two indexes: every block is scanned for the words that start a rule's work; the words
        // that only qualify a match (unless words, context, mention cues) are looked for in a
        // second scan, made only for blocks where some rule asks for them.
        java.util.Set<PhraseSet> triggers = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<PhraseSet> triggerList = new ArrayList<>();
        java.util.function.Consumer<PhraseSet> trigger = s -> {
            if (triggers.add(s)) {
                triggerList.add(s);
            }
        };
        trigger.accept(resources.names());
        for (Rule r : this.rules) {
            r.triggerSets().forEach(trigger);
            r.contextSets().forEach(trigger);
        }
        List<PhraseSet> conditions = new ArrayList<>();
        lexicons.values().stream().sorted(Comparator.comparing(Lexicon::name)).forEach(l -> conditions.add(
                l.phrases()));
        conditions.add(resources.helpWords());
        for (Rule r : this.rules) {
            conditions.addAll(r.phraseSets());
        }
        conditions.removeIf(triggers::contains);
        // The two hold different sets: they are built at the same time, each on its own core.
        java.util.concurrent.CompletableFuture<PhraseIndex> conditionsBuilt =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> PhraseIndex.of(conditions));
        this.index = PhraseIndex.of(triggerList);
        this.conditionIndex = conditionsBuilt.join();
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

    /** The words every block is scanned for: those that start some rule's work. */
    public PhraseIndex phraseIndex() {
        return index;
    }

    /** The words that only qualify a match, scanned for on demand. */
    public PhraseIndex conditionIndex() {
        return conditionIndex;
    }
}
