/** The one RDF vocabulary (Vocab), IRI minting (Iris) and the mapping of Docs and the knowledge base to quads: may import ekg.ingest.doc, kb, time, read and Jena. */
package ekg.graph.rdf;
