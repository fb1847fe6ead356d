package dev.papageno.rules.scratch;

import dev.papageno.core.method.MethodReader;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.source.TextRange;
import dev.papageno.rules.dev.DevCorpus;
import dev.papageno.rules.topic.Readers;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevMethodScratch {
    @Test
    void run() throws Exception {
        MethodReader r = Readers.methodReader(false);
        int labels = 0, reached = 0;
        for (DevCorpus.Doc d : DevCorpus.load(DevCorpus.locate().get())) {
            if (d.methodDetail().isEmpty()) continue;
            DocumentContext ctx = Readers.context(d.id() + ".md", d.text());
            List<MethodReader.Candidate> cs = r.candidates(ctx);
            for (String span : d.methodDetail().get()) {
                labels++;
                int at = d.text().indexOf(span);
                boolean hit = false;
                for (MethodReader.Candidate c : cs) {
                    TextRange tr = c.block().toSource(c.sentence().start(), c.sentence().end());
                    if (tr.start() < at + span.length() && at < tr.end()) { hit = true; break; }
                }
                if (hit) reached++; else System.out.println("MISS " + d.id() + ": " + span);
            }
        }
        System.out.println("reached " + reached + "/" + labels);
    }
}
