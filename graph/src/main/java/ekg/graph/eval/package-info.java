/** Reads a built store into the neutral view the gold-file scorers work over; imports Jena and ingest.eval. */
package ekg.graph.eval;
