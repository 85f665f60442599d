/** Builds a store from articles (read, extract, map to quads, load) on several threads: may import ekg.graph.rdf, ekg.graph.store, ekg.ingest.* (not tools or eval) and Jena. */
package ekg.graph.build;
