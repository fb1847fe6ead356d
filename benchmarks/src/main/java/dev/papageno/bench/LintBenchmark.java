package dev.papageno.bench;

import dev.papageno.core.LintRequest;
import dev.papageno.core.api.ConfigException;
import dev.papageno.core.Linter;
import dev.papageno.core.document.Block;
import dev.papageno.core.document.Document;
import dev.papageno.core.document.DocumentParser;
import dev.papageno.core.match.PhraseIndex;
import dev.papageno.core.nlp.Words;
import dev.papageno.core.rule.RuleSet;
import dev.papageno.core.rule.load.RuleSetLoader;
import dev.papageno.core.source.InputFormat;
import dev.papageno.core.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Core throughput on one thread: seconds to lint 1 MB or 10 MB of drafts or general prose, with
 * every stage ({@code full}: parsing, keyword pass, sentences and POS tags where rules need them,
 * every rule) or without the NLP stages ({@code keywords}: parsing and the keyword pass only).
 * MB/s = megabytes ÷ the score. Every size is warmed up on the same amount of text ({@value
 * #WARMUP_MEGABYTES} MB) before JMH's own warmup, so that 1 MB is not measured on code the JIT has
 * seen a tenth as often.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 9)
@Fork(value = 1, jvmArgsAppend = {"-Xss64m"})
@Threads(1)
public class LintBenchmark {

    static final int WARMUP_MEGABYTES = 50;

    @Param({"drafts", "prose"})
    public String corpus;

    @Param({"1", "10"})
    public int megabytes;

    @Param({"full", "keywords"})
    public String stages;

    private List<SourceText> sources;
    private List<InputFormat> formats;
    private Linter linter;
    private RuleSet rules;

    @Setup(Level.Trial)
    public void setUp() throws ConfigException {
        sources = new ArrayList<>();
        formats = new ArrayList<>();
        for (Corpus.Doc d : Corpus.build(corpus, megabytes)) {
            sources.add(SourceText.of(d.name(), d.text()));
            formats.add(InputFormat.forFileName(d.name()));
        }
        rules = RuleSetLoader.builtIn();
        linter = Linter.builder().ruleSet(rules).threads(1).build();
        for (int i = 0; i < (WARMUP_MEGABYTES + megabytes - 1) / megabytes; i++) {
            lint();
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        linter.close();
    }

    @Benchmark
    public long lint() {
        long n = 0;
        if (stages.equals("full")) {
            for (int i = 0; i < sources.size(); i++) {
                n += linter.lint(LintRequest.source(sources.get(i), formats.get(i))).findings().size();
            }
            return n;
        }
        PhraseIndex index = rules.phraseIndex();
        for (int i = 0; i < sources.size(); i++) {
            Document doc = DocumentParser.forFormat(formats.get(i)).parse(sources.get(i));
            for (Block b : doc.blocks()) {
                var scanned = index.scan(Words.scan(b.text()));
                n += scanned == null ? 0 : 1;
            }
        }
        return n;
    }
}
