package ekg.spark;

import ekg.graph.build.Extractor;
import ekg.graph.rdf.DocToRdf;
import ekg.graph.rdf.Iris;
import ekg.graph.rdf.Provenance;
import ekg.ingest.GermanPipeline;
import ekg.ingest.kb.KnowledgeBase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The models and knowledge base of one executor JVM, loaded on first use and then shared by all its
 * tasks: loading them takes seconds, extracting an article milliseconds. The extractor is thread-safe.
 */
final class Models {
    private static volatile Extractor extractor;
    private static volatile JobSettings loadedFor;
    private static KnowledgeBase userKb;
    private static List<String> userKbOf;

    private Models() {
    }

    /** Makes {@link #kb()} that of {@code settings}: a task that links without extracting first calls it. */
    static void use(JobSettings settings) {
        kb(settings);
    }

    /** The knowledge base of the settings last used in this JVM; the built-in one before any. */
    static synchronized KnowledgeBase kb() {
        return userKbOf == null ? KnowledgeBase.builtIn() : userKb;
    }

    /** The built-in knowledge base with the user's files of {@code settings} after it, read once per JVM. */
    static synchronized KnowledgeBase kb(JobSettings settings) {
        if (settings.kbFiles().isEmpty()) {
            userKbOf = null;
            return KnowledgeBase.builtIn();
        }
        if (!settings.kbFiles().equals(userKbOf)) {
            userKb = load(settings.kbFiles());
            userKbOf = settings.kbFiles();
        }
        return userKb;
    }

    /** ekg's reader of knowledge base files reads files: the driver's text goes into temporary ones. */
    private static KnowledgeBase load(List<String> texts) {
        List<Path> files = new ArrayList<>();
        try {
            for (String text : texts) {
                Path f = Files.createTempFile("ekg-kb", ".jsonl");
                files.add(f);
                Files.writeString(f, text);
            }
            return KnowledgeBase.load(files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the knowledge base files: " + e.getMessage(), e);
        } finally {
            for (Path f : files) f.toFile().delete();
        }
    }

    /** The executor's extractor for {@code settings}, made once per JVM (again only if the settings change). */
    static Extractor extractor(JobSettings settings) {
        Extractor e = extractor;
        if (e != null && settings.equals(loadedFor)) return e;
        synchronized (Models.class) {
            if (extractor == null || !settings.equals(loadedFor)) {
                KnowledgeBase kb = kb(settings);
                extractor = new Extractor(GermanPipeline.create(kb), new DocToRdf(Iris.DEFAULT, Provenance.of(kb)),
                        settings.guard(), settings.anyLanguage());
                loadedFor = settings;
            }
            return extractor;
        }
    }
}
