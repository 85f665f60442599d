/** Scoring of extraction against gold files (seed and development-set formats); imports the Doc types and Jackson, never RDF. */
package ekg.ingest.eval;
