package dev.papageno.rules.accuracy;

import dev.papageno.core.LintRequest;
import dev.papageno.core.api.ConfigException;
import dev.papageno.core.api.Finding;
import dev.papageno.core.Linter;
import dev.papageno.core.rule.RuleSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lints fixture cases through the core {@link Linter}, with the profile and region each case asks
 * for. A profile or region the loaded data does not know (a region whose help lines are not written
 * yet) is not an error: the case is linted with the default and the result carries a note saying so.
 */
public final class CaseLinter implements AutoCloseable {

    private final RuleSet rules;
    private final Map<String, Linter> linters = new HashMap<>();

    public CaseLinter(RuleSet rules) {
        this.rules = rules;
    }

    /** Lints every case, in order. */
    public List<CaseResult> lintAll(List<AccuracyCase> cases) throws ConfigException {
        List<CaseResult> out = new ArrayList<>();
        for (AccuracyCase c : cases) {
            out.add(lint(c));
        }
        return out;
    }

    /** Lints one case. */
    public CaseResult lint(AccuracyCase c) throws ConfigException {
        List<String> notes = new ArrayList<>();
        Optional<String> profile = c.profile();
        if (profile.isPresent() && !rules.profiles().containsKey(profile.get())) {
            notes.add("profile \"" + profile.get() + "\" is not among the loaded profiles; linted with the default");
            profile = Optional.empty();
        }
        Optional<String> region = c.region();
        if (region.isPresent() && rules.resources().region(region.get()).isEmpty()) {
            notes.add("region \"" + region.get() + "\" has no crisis-resource data yet; linted without a region");
            region = Optional.empty();
        }
        List<Finding> findings = linter(profile, region).lint(LintRequest.source(c.source(), c.format())).findings();
        return new CaseResult(c, findings, notes);
    }

    private Linter linter(Optional<String> profile, Optional<String> region) throws ConfigException {
        String key = profile.orElse("") + "|" + region.orElse("");
        Linter l = linters.get(key);
        if (l == null) {
            Linter.Builder b = Linter.builder().ruleSet(rules).threads(1);
            profile.ifPresent(b::profile);
            region.ifPresent(b::region);
            l = b.build();
            linters.put(key, l);
        }
        return l;
    }

    @Override
    public void close() {
        linters.values().forEach(Linter::close);
    }
}
