/** Scores extraction against gold files (quotes, entities, events) and reports it: may import ekg.ingest.doc and Jackson; the runtime never imports it. */
package ekg.ingest.eval;
