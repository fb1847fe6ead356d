package dev.papageno.rules.scratch;

import dev.papageno.core.topic.Topic;
import dev.papageno.core.topic.TopicReader;
import dev.papageno.core.topic.TopicReading;
import dev.papageno.core.topic.TopicVerdict;
import dev.papageno.rules.dev.DevCorpus;
import dev.papageno.rules.topic.Readers;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DevTopicScratch {
    @Test
    void run() throws Exception {
        TopicReader r = Readers.topicReader(true);
        int tp = 0, fp = 0, fn = 0, ctp = 0, cfp = 0, cfn = 0;
        StringBuilder sb = new StringBuilder();
        for (DevCorpus.Doc d : DevCorpus.load(DevCorpus.locate().get())) {
            TopicReading t = r.read(Readers.context(d.id() + ".md", d.text()));
            boolean tells = t.tellsOfAny(List.of(Topic.values()));
            boolean about = t.aboutAny(List.of(Topic.SUICIDE, Topic.SELF_HARM));
            Boolean want = d.documentLabels().get("trigger_warning_missing");
            Boolean cwant = d.documentLabels().get("crisis_resource_missing");
            if (want != null) {
                if (want && tells) tp++; else if (tells) fp++; else if (want) fn++;
                if (want != tells) {
                    sb.append(String.format(Locale.ROOT, "TW %s %s want %s got %s%n", d.id(), d.kind(), want, tells));
                    for (Topic x : Topic.values()) {
                        TopicVerdict v = t.verdict(x);
                        if (v.speaking().isEmpty()) continue;
                        sb.append("   ").append(x.id()).append(" about=").append(v.about()).append(" tells=").append(v.tellsOf()).append('\n');
                        v.speaking().forEach(s -> sb.append(String.format(Locale.ROOT, "     [%.2f %s] %s%n", s.narration(), s.words(x), s.excerpt(120))));
                    }
                }
            }
            if (cwant != null && cwant && !about) {
                cfn++;
                sb.append("CRISIS not about: ").append(d.id()).append('\n');
            }
        }
        System.out.printf("TW-ish: tp %d fp %d fn %d%n", tp, fp, fn);
        System.out.println(sb);
    }
}
