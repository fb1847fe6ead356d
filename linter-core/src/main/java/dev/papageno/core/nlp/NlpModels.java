package dev.papageno.core.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP models (UD English-EWT, from the {@code opennlp-models-*-en} 1.3.0 jars).
 * Each model is read once per process, the first time something asks for it, and is shared by
 * all threads through OpenNLP's thread-safe wrappers (one tagger instance per thread inside).
 */
public final class NlpModels {

    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private NlpModels() {
    }

    private static InputStream open(String resource) {
        InputStream in = NlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
        }
        return in;
    }

    private static final class Sentences {
        static final ThreadSafeSentenceDetectorME INSTANCE;

        static {
            try (InputStream in = open(SENTENCE_MODEL)) {
                INSTANCE = new ThreadSafeSentenceDetectorME(new SentenceModel(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Tokens {
        static final ThreadSafeTokenizerME INSTANCE;

        static {
            try (InputStream in = open(TOKEN_MODEL)) {
                INSTANCE = new ThreadSafeTokenizerME(new TokenizerModel(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Tags {
        static final ThreadSafePOSTaggerME INSTANCE;

        static {
            try (InputStream in = open(POS_MODEL)) {
                INSTANCE = new ThreadSafePOSTaggerME(new POSModel(in), POSTagFormat.UD);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Starts loading the sentence, token and tagging models on a background thread, so that a
     * short run can read its rules and drafts while the models load. Safe to call more than once;
     * a model asked for before it is ready simply waits for it.
     */
    public static void warmUpInBackground() {
        Thread t = new Thread(() -> {
            sentenceDetector();
            tokenizer();
            tagger();
        }, "papageno-model-loader");
        t.setDaemon(true);
        t.start();
    }

    static ThreadSafeSentenceDetectorME sentenceDetector() {
        return Sentences.INSTANCE;
    }

    static ThreadSafeTokenizerME tokenizer() {
        return Tokens.INSTANCE;
    }

    static ThreadSafePOSTaggerME tagger() {
        return Tags.INSTANCE;
    }
}
