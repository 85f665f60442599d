/** Reads extraction back from a store for scoring against gold files: may import ekg.graph.rdf, ekg.graph.link, ekg.ingest.eval, ekg.ingest.doc and Jena; the runtime never imports it. */
package ekg.graph.eval;
