/** The TDB2 store: bulk loads, per-article graphs, generations, snapshots and text search: may import ekg.graph.rdf, Jena and Lucene. */
package ekg.graph.store;
