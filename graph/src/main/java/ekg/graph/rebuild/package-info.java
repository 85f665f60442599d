/** Rebuilds a store into a new generation beside the served one, validated with SHACL, then switched: may import ekg.graph.build, link, rdf, store, ekg.ingest.read, ekg.ingest.pipeline, Jena and Jackson. */
package ekg.graph.rebuild;
