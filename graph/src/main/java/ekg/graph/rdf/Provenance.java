package ekg.graph.rdf;

import ekg.ingest.GermanPipeline;
import ekg.ingest.kb.KnowledgeBase;

/**
 * What made a graph: ekg's version and the models it ran with. Deliberately free of time stamps, so
 * that rebuilding the same input with the same tool yields the same article graphs.
 */
public record Provenance(String toolVersion, String models) {

    public Provenance {
        if (toolVersion == null || toolVersion.isBlank()) throw new IllegalArgumentException("toolVersion is blank");
        if (models == null) throw new IllegalArgumentException("models == null");
    }

    /** What ekg's pipeline records when it runs with {@code kb}: its version, the models and the knowledge base. */
    public static Provenance of(KnowledgeBase kb) {
        return new Provenance(ekgVersion(), GermanPipeline.models() + " kb:" + kb.fingerprint());
    }

    /** ekg's version from the jar manifest ("dev" when run from classes). */
    public static String ekgVersion() {
        String v = Provenance.class.getPackage().getImplementationVersion();
        return "ekg-" + (v == null ? "dev" : v);
    }
}
