package ekg.spark;

import ekg.graph.build.Extractor;
import ekg.graph.rdf.DocToRdf;
import ekg.graph.rdf.Iris;
import ekg.graph.rdf.Provenance;
import ekg.ingest.GermanPipeline;
import ekg.ingest.kb.KnowledgeBase;

/**
 * The models and knowledge base of one executor JVM, loaded on first use and then shared by all its
 * tasks: loading them takes seconds, extracting an article milliseconds. The extractor is thread-safe.
 */
final class Models {
    private static volatile Extractor extractor;
    private static volatile JobSettings loadedFor;

    private Models() {
    }

    /** The built-in knowledge base (read once per JVM by {@link KnowledgeBase#builtIn()}). */
    static KnowledgeBase kb() {
        return KnowledgeBase.builtIn();
    }

    /** What made the graphs: ekg's version, the models and the knowledge base, as {@code ekg build} records it. */
    static Provenance provenance() {
        return new Provenance(Provenance.ekgVersion(), GermanPipeline.models() + " kb:" + kb().fingerprint());
    }

    /** The executor's extractor for {@code settings}, made once per JVM (again only if the settings change). */
    static Extractor extractor(JobSettings settings) {
        Extractor e = extractor;
        if (e != null && settings.equals(loadedFor)) return e;
        synchronized (Models.class) {
            if (extractor == null || !settings.equals(loadedFor)) {
                extractor = new Extractor(GermanPipeline.create(kb()), new DocToRdf(Iris.DEFAULT, provenance()),
                        settings.guard(), settings.anyLanguage());
                loadedFor = settings;
            }
            return extractor;
        }
    }
}
