/** Cross-article linking of entities, events and utterances into the shared graphs: may import ekg.graph.rdf, ekg.ingest.kb, ekg.ingest.time and Jena. */
package ekg.graph.link;
